import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { outputFieldOf, outputFileField } from '../files';
import type { FileOutput } from '../operation';
import { downloadJob, jobIdField, jobIdOf } from './job';

const properties: INodeProperties[] = [jobIdField, outputFileField];

const displayOptions = { show: { resource: ['reportingDataExport'], operation: ['download'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /download/reporting_data/{job_identifier} (Accept: application/octet-stream): the export file. */
export async function execute(this: IExecuteFunctions, i: number): Promise<FileOutput> {
	const jobId = jobIdOf(this, i);
	const field = outputFieldOf(this, i);
	return await downloadJob(this, jobId, field, { job_identifier: jobId });
}
