import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { apiPath, intercomApiRequest } from '../../transport';
import { checkedJob, jobIdField, jobIdOf } from './job';

const properties: INodeProperties[] = [jobIdField];

const displayOptions = { show: { resource: ['dataExport'], operation: ['cancel'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST /export/cancel/{job_identifier}: Intercom answers the job, canceled. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const jobId = jobIdOf(this, i);
	return checkedJob(
		this,
		await intercomApiRequest.call(this, 'POST', apiPath`/export/cancel/${jobId}`),
	);
}
