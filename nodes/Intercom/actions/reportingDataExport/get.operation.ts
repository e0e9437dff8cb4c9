import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { clientIdField, clientIdOf, jobIdField, jobIdOf, jobStatus } from './job';

const properties: INodeProperties[] = [jobIdField, clientIdField];

const displayOptions = { show: { resource: ['reportingDataExport'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /export/reporting_data/{job_identifier}: the job's status (pending, complete or failed). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const jobId = jobIdOf(this, i);
	const clientId = await clientIdOf(this, i);
	return await jobStatus(this, jobId, clientId);
}
