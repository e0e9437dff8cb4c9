import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readValue, requiredString, requiredUnixSeconds } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { asText, isBlank } from '../../helpers/values';
import { intercomApiRequest } from '../../transport';
import { waitForCompletionFields, waitSettingsOf } from '../jobWait';
import type { OperationResult } from '../operation';
import { checkedJob, clientIdField, clientIdOf, downloadJob, waitForJob } from './job';

const properties: INodeProperties[] = [
	{
		displayName: 'Dataset Name or ID',
		name: 'datasetId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getReportingDatasets' },
		required: true,
		default: '',
		description:
			'What to export (e.g. conversation). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Attribute Names or IDs',
		name: 'attributeIds',
		type: 'multiOptions',
		typeOptions: {
			loadOptionsMethod: 'getReportingAttributes',
			loadOptionsDependsOn: ['datasetId'],
		},
		required: true,
		default: [],
		description:
			'The columns of the export: attributes of the dataset, by their qualified ID (e.g. conversation.conversation_id). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Start',
		name: 'startTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Export the records of the dataset from this moment on',
	},
	{
		displayName: 'End',
		name: 'endTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Export the records of the dataset up to this moment',
	},
	...waitForCompletionFields('a CSV'),
	{ ...clientIdField, displayOptions: { show: { waitForCompletion: [true] } } },
];

const displayOptions = { show: { resource: ['reportingDataExport'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Attribute IDs from the list (or, by expression, an array or a comma-separated text). */
function attributeIdsOf(value: unknown): string[] {
	const list = Array.isArray(value)
		? value.map((v) => readValue('Attributes', v, (x) => asText(x, 'an attribute ID')))
		: isBlank(value)
			? []
			: readValue('Attributes', value, (x) => asText(x, 'attribute IDs separated by commas')).split(
					',',
				);
	const ids = [...new Set(list.map((id) => id.trim()).filter(Boolean))];
	if (!ids.length) throw new InputError('Attributes', 'is empty. Choose at least one attribute');
	return ids;
}

/**
 * POST /export/reporting_data/enqueue for the dataset, attributes and time range; with Wait for
 * Completion the job is followed to its end and its file downloaded.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<OperationResult> {
	const timeZone = this.getTimezone();
	const datasetId = requiredString(this, i, 'datasetId', 'Dataset');
	const attributeIds = attributeIdsOf(this.getNodeParameter('attributeIds', i, []));
	const start = requiredUnixSeconds('Start', this.getNodeParameter('startTime', i, ''), timeZone);
	const end = requiredUnixSeconds('End', this.getNodeParameter('endTime', i, ''), timeZone);
	if (start >= end) throw new InputError('End', 'must be later than Start');
	const wait = waitSettingsOf(this, i);
	const clientId = wait ? await clientIdOf(this, i) : '';
	const job = checkedJob(
		this,
		await intercomApiRequest.call(this, 'POST', '/export/reporting_data/enqueue', {
			dataset_id: datasetId,
			attribute_ids: attributeIds,
			start_time: start,
			end_time: end,
		}),
	);
	if (!wait) return job;
	const done = await waitForJob(this, job, clientId, wait);
	return await downloadJob(this, job.job_identifier, wait.field, done);
}
