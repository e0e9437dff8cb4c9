import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { booleanParameter, numberParameter, requiredUnixSeconds } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { intercomApiRequest } from '../../transport';
import { outputFieldOf, outputFileField } from '../files';
import type { OperationResult } from '../operation';
import { WAIT_BOUNDS, checkedJob, downloadJob, waitForJob } from './job';

const properties: INodeProperties[] = [
	{
		displayName: 'Created After',
		name: 'createdAtAfter',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Export the outbound content sent from this moment on',
	},
	{
		displayName: 'Created Before',
		name: 'createdAtBefore',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Export the outbound content sent before this moment',
	},
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description:
			'Whether to wait for the export to finish and output its file (a gzipped CSV), instead of the job to check later',
	},
	{
		...outputFileField,
		default: 'data',
		displayOptions: { show: { waitForCompletion: [true] } },
	},
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollSeconds',
		type: 'number',
		typeOptions: { minValue: WAIT_BOUNDS.pollSeconds.min, maxValue: WAIT_BOUNDS.pollSeconds.max },
		default: 10,
		description: 'How long to wait between two reads of the job’s status',
		displayOptions: { show: { waitForCompletion: [true] } },
	},
	{
		displayName: 'Max Wait (Minutes)',
		name: 'maxWaitMinutes',
		type: 'number',
		typeOptions: {
			minValue: WAIT_BOUNDS.maxWaitMinutes.min,
			maxValue: WAIT_BOUNDS.maxWaitMinutes.max,
		},
		default: 15,
		description:
			'How long to wait at most; a job still running then fails the item, naming its Job ID',
		displayOptions: { show: { waitForCompletion: [true] } },
	},
];

const displayOptions = { show: { resource: ['dataExport'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

function bounded(value: number, field: string, { min, max }: { min: number; max: number }) {
	if (!Number.isFinite(value) || value < min || value > max) {
		throw new InputError(field, `must be between ${min} and ${max}, not ${value}`);
	}
	return value;
}

/**
 * POST /export/content/data for the range; with Wait for Completion the job is followed to its end
 * and the file downloaded (a job with no data gives the job alone: there is no file).
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<OperationResult> {
	const timeZone = this.getTimezone();
	const after = requiredUnixSeconds(
		'Created After',
		this.getNodeParameter('createdAtAfter', i, ''),
		timeZone,
	);
	const before = requiredUnixSeconds(
		'Created Before',
		this.getNodeParameter('createdAtBefore', i, ''),
		timeZone,
	);
	if (after >= before) throw new InputError('Created Before', 'must be later than Created After');
	const wait = booleanParameter(this, i, 'waitForCompletion', 'Wait for Completion', false);
	let field = '';
	let pollSeconds = 0;
	let maxWaitMinutes = 0;
	if (wait) {
		field = outputFieldOf(this, i);
		pollSeconds = bounded(
			numberParameter(this, i, 'pollSeconds', 'Poll Interval (Seconds)', 10),
			'Poll Interval (Seconds)',
			WAIT_BOUNDS.pollSeconds,
		);
		maxWaitMinutes = bounded(
			numberParameter(this, i, 'maxWaitMinutes', 'Max Wait (Minutes)', 15),
			'Max Wait (Minutes)',
			WAIT_BOUNDS.maxWaitMinutes,
		);
	}
	const job = checkedJob(
		this,
		await intercomApiRequest.call(this, 'POST', '/export/content/data', {
			created_at_after: after,
			created_at_before: before,
		}),
	);
	if (!wait) return job;
	const jobId = String(job.job_identifier);
	const done = await waitForJob(this, jobId, job, pollSeconds, maxWaitMinutes);
	if (done.status === 'no_data') return done as IDataObject;
	return await downloadJob(this, jobId, field, done);
}
