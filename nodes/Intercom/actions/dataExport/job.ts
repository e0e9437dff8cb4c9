import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest, intercomDownload, WAIT } from '../../transport';
import type { FileOutput } from '../operation';
import { fileOutput } from '../files';

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
export function checkedJob(
	ctx: IExecuteFunctions,
	job: IDataObject,
): IDataObject & { status: ExportStatus } {
	if (
		typeof job.job_identifier !== 'string' ||
		!EXPORT_STATUSES.includes(job.status as ExportStatus)
	) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Intercom's answer is not a data export job (job_identifier and one of the statuses ${EXPORT_STATUSES.join(', ')})`,
		);
	}
	return job as IDataObject & { status: ExportStatus };
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

/** Bounds of Wait for Completion (seconds and minutes). */
export const WAIT_BOUNDS = {
	pollSeconds: { min: 2, max: 300 },
	maxWaitMinutes: { min: 1, max: 120 },
};

/**
 * Reads the job's status every `pollSeconds` until it has finished or `maxWaitMinutes` have been
 * spent waiting (a bounded number of reads); each read goes through the transport, so rate
 * limits are waited out as for any request.
 */
export async function waitForJob(
	ctx: IExecuteFunctions,
	jobId: string,
	first: IDataObject & { status: ExportStatus },
	pollSeconds: number,
	maxWaitMinutes: number,
): Promise<IDataObject & { status: ExportStatus }> {
	const reads = Math.max(1, Math.floor((maxWaitMinutes * 60) / pollSeconds));
	let job = first;
	for (let read = 0; read < reads && !isFinished(job.status); read++) {
		await WAIT.sleep(pollSeconds * 1000);
		job = await jobStatus(ctx, jobId);
	}
	if (!isFinished(job.status)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The export job ${jobId} is still ${job.status} after ${maxWaitMinutes} minute(s)`,
			{
				description:
					'Raise Max Wait, or get it later with Data Export → Get Status and Download and this Job ID.',
			},
		);
	}
	if (job.status === 'failed' || job.status === 'canceled') {
		throw new NodeOperationError(ctx.getNode(), `The export job ${jobId} ended as ${job.status}`, {
			description: 'Create the export again; Intercom keeps no file for it.',
		});
	}
	return job;
}

const isFinished = (status: ExportStatus) => status !== 'pending' && status !== 'in_progress';
