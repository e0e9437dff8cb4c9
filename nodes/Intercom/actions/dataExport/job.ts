import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest, intercomDownload } from '../../transport';
import type { FileOutput } from '../operation';
import { fileOutput } from '../files';
import type { WaitSettings } from '../jobWait';
import { checkedJobOf, pollJob } from '../jobWait';

/** Statuses a content data export job goes through (data_export.status in 2.16). */
export const EXPORT_STATUSES = [
	'pending',
	'in_progress',
	'failed',
	'completed',
	'no_data',
	'canceled',
] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export const jobIdField: INodeProperties = {
	displayName: 'Job ID',
	name: 'jobId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. orzzsbd7hk67xyu',
	description: 'The job_identifier Intercom answered when the export was created',
};

export function jobIdOf(ctx: IExecuteFunctions, i: number): string {
	return requiredId(ctx, i, 'jobId', 'Job ID');
}

/** A job answer with a status Intercom documents: anything else is not what was asked for. */
export function checkedJob(ctx: IExecuteFunctions, job: IDataObject) {
	return checkedJobOf(ctx, job, EXPORT_STATUSES, 'a data export job');
}

export async function jobStatus(ctx: IExecuteFunctions, jobId: string) {
	const job = await intercomApiRequest.call(ctx, 'GET', apiPath`/export/content/data/${jobId}`);
	return checkedJob(ctx, job);
}

/** The gzipped CSV of a completed job, as a file named after it. */
export async function downloadJob(
	ctx: IExecuteFunctions,
	jobId: string,
	field: string,
	json: IDataObject,
): Promise<FileOutput> {
	const file = await intercomDownload.call(ctx, apiPath`/download/content/data/${jobId}`);
	return await fileOutput(ctx, field, file, json, {
		fileName: `intercom-content-export-${jobId}.csv.gz`,
		mimeType: 'application/gzip',
	});
}

/**
 * Follows the job to its end (see pollJob); a failed or canceled job fails the item, as there is
 * no file to download.
 */
export async function waitForJob(
	ctx: IExecuteFunctions,
	jobId: string,
	first: IDataObject & { status: ExportStatus },
	settings: WaitSettings,
): Promise<IDataObject & { status: ExportStatus }> {
	const job = await pollJob(ctx, first, {
		jobId,
		settings,
		read: async () => await jobStatus(ctx, jobId),
		isFinished: (status) => status !== 'pending' && status !== 'in_progress',
		later: 'Data Export → Get Status and Download',
	});
	if (job.status === 'failed' || job.status === 'canceled') {
		throw new NodeOperationError(ctx.getNode(), `The export job ${jobId} ended as ${job.status}`, {
			description: 'Create the export again; Intercom keeps no file for it.',
		});
	}
	return job;
}
