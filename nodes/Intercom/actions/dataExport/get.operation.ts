import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { jobIdField, jobIdOf, jobStatus } from './job';

const properties: INodeProperties[] = [jobIdField];

const displayOptions = { show: { resource: ['dataExport'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /export/content/data/{job_identifier}: the job's status and, once completed, its download URL. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await jobStatus(this, jobIdOf(this, i));
}
