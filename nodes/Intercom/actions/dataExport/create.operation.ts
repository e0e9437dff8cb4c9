import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requiredUnixSeconds } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { intercomApiRequest } from '../../transport';
import { waitForCompletionFields, waitSettingsOf } from '../jobWait';
import type { OperationResult } from '../operation';
import { checkedJob, downloadJob, waitForJob } from './job';

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
	...waitForCompletionFields('a gzipped CSV'),
];

const displayOptions = { show: { resource: ['dataExport'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

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
	const wait = waitSettingsOf(this, i);
	const job = checkedJob(
		this,
		await intercomApiRequest.call(this, 'POST', '/export/content/data', {
			created_at_after: after,
			created_at_before: before,
		}),
	);
	if (!wait) return job;
	const jobId = String(job.job_identifier);
	const done = await waitForJob(this, jobId, job, wait);
	if (done.status === 'no_data') return done as IDataObject;
	return await downloadJob(this, jobId, wait.field, done);
}
