import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionalText, requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import {
	apiPath,
	credentialTypeOf,
	intercomApiRequest,
	intercomCredentials,
	intercomDownload,
} from '../../transport';
import { fileOutput } from '../files';
import type { WaitSettings } from '../jobWait';
import { checkedJobOf, pollJob } from '../jobWait';
import type { FileOutput } from '../operation';

/** Statuses of a reporting data export job (Intercom's reference: pending, complete, failed). */
export const REPORTING_STATUSES = ['pending', 'complete', 'failed'] as const;
export type ReportingStatus = (typeof REPORTING_STATUSES)[number];
export type ReportingJob = IDataObject & { job_identifier: string; status: ReportingStatus };

export const jobIdField: INodeProperties = {
	displayName: 'Job ID',
	name: 'jobId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. job1a2b3c',
	description: 'The job_identifier Intercom answered when the reporting export was created',
};

export const clientIdField: INodeProperties = {
	displayName: 'App Client ID',
	name: 'clientId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 9b1a2c3d-…',
	description:
		'The client ID of the Developer Hub app whose token the credential holds (Developer Hub → your app → Basic information): Intercom asks for it to report a job’s status. Leave empty with the OAuth2 credential: its client ID is used.',
};

export function jobIdOf(ctx: IExecuteFunctions, i: number): string {
	return requiredId(ctx, i, 'jobId', 'Job ID');
}

/** The App Client ID of item `i`, else the OAuth2 credential's; refused when there is none. */
export async function clientIdOf(ctx: IExecuteFunctions, i: number): Promise<string> {
	const given = optionalText('App Client ID', ctx.getNodeParameter('clientId', i, ''));
	if (given) return given;
	if (credentialTypeOf(ctx) === 'intercomOAuth2Api') {
		const { data } = await intercomCredentials(ctx);
		if (typeof data.clientId === 'string' && data.clientId.trim()) return data.clientId.trim();
	}
	throw new InputError(
		'App Client ID',
		'is empty. Intercom needs the client ID of your Developer Hub app (Basic information) to report a reporting export’s status',
	);
}

/**
 * The workspace's ID (`app.id_code` of GET /me), which the status and download endpoints take
 * as `app_id`: read once per execution of the node.
 */
const workspaceIds = new WeakMap<object, Promise<string>>();

export async function workspaceIdOf(ctx: IExecuteFunctions): Promise<string> {
	let id = workspaceIds.get(ctx);
	if (!id) {
		id = (async () => {
			const me = await intercomApiRequest.call(ctx, 'GET', '/me');
			const app = me.app as IDataObject | undefined;
			if (typeof app?.id_code !== 'string' || !app.id_code) {
				throw new NodeOperationError(
					ctx.getNode(),
					'Intercom’s answer to GET /me names no workspace (app.id_code), which a reporting export needs',
				);
			}
			return app.id_code;
		})();
		workspaceIds.set(ctx, id);
		// A failed read is not kept: the next item asks again.
		id.catch(() => workspaceIds.delete(ctx));
	}
	return await id;
}

/** A job answer with a status Intercom documents: anything else is not what was asked for. */
export function checkedJob(ctx: IExecuteFunctions, job: IDataObject): ReportingJob {
	return checkedJobOf(ctx, job, REPORTING_STATUSES, 'a reporting data export job');
}

/** GET /export/reporting_data/{job_identifier}, with the workspace and client the spec requires. */
export async function jobStatus(
	ctx: IExecuteFunctions,
	jobId: string,
	clientId: string,
): Promise<ReportingJob> {
	const appId = await workspaceIdOf(ctx);
	const job = await intercomApiRequest.call(
		ctx,
		'GET',
		apiPath`/export/reporting_data/${jobId}`,
		undefined,
		// The 2.16 spec lists job_identifier as a query parameter as well as in the path.
		{ app_id: appId, client_id: clientId, job_identifier: jobId },
	);
	return checkedJob(ctx, job);
}

/** The export file of a completed job, named after it unless Intercom names it. */
export async function downloadJob(
	ctx: IExecuteFunctions,
	jobId: string,
	field: string,
	json: IDataObject,
): Promise<FileOutput> {
	const appId = await workspaceIdOf(ctx);
	const file = await intercomDownload.call(ctx, apiPath`/download/reporting_data/${jobId}`, {
		app_id: appId,
		job_identifier: jobId,
	});
	return await fileOutput(ctx, field, file, json, {
		fileName: `intercom-reporting-export-${jobId}.csv`,
		mimeType: 'text/csv',
	});
}

/** Follows the job to its end; a failed job fails the item (there is no file). */
export async function waitForJob(
	ctx: IExecuteFunctions,
	first: ReportingJob,
	clientId: string,
	settings: WaitSettings,
): Promise<ReportingJob> {
	const jobId = first.job_identifier;
	const job = await pollJob(ctx, first, {
		jobId,
		settings,
		read: async () => await jobStatus(ctx, jobId, clientId),
		isFinished: (status) => status !== 'pending',
		later: 'Reporting Data Export → Get Status and Download',
	});
	if (job.status === 'failed') {
		throw new NodeOperationError(ctx.getNode(), `The reporting export job ${jobId} failed`, {
			description: 'Create the export again; Intercom keeps no file for it.',
		});
	}
	return job;
}
