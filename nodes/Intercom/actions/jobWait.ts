import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { booleanParameter, numberParameter } from '../helpers/input';
import { numberInRange } from '../helpers/inputError';
import { WAIT } from '../transport';
import { outputFieldOf, outputFileField } from './files';

/** Bounds of Wait for Completion (seconds and minutes). */
export const WAIT_BOUNDS = {
	pollSeconds: { min: 2, max: 300 },
	maxWaitMinutes: { min: 1, max: 120 },
};

/**
 * Wait for Completion and its settings, for an operation that starts an export job: with it the
 * job is followed to its end and its file output (`what` names the file in the description).
 */
export function waitForCompletionFields(what: string): INodeProperties[] {
	const whenWaiting = { show: { waitForCompletion: [true] } };
	return [
		{
			displayName: 'Wait for Completion',
			name: 'waitForCompletion',
			type: 'boolean',
			default: false,
			description: `Whether to wait for the export to finish and output its file (${what}), instead of the job to check later`,
		},
		{ ...outputFileField, default: 'data', displayOptions: whenWaiting },
		{
			displayName: 'Poll Interval (Seconds)',
			name: 'pollSeconds',
			type: 'number',
			typeOptions: {
				minValue: WAIT_BOUNDS.pollSeconds.min,
				maxValue: WAIT_BOUNDS.pollSeconds.max,
			},
			default: 10,
			description: 'How long to wait between two reads of the job’s status',
			displayOptions: whenWaiting,
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
			displayOptions: whenWaiting,
		},
	];
}

export interface WaitSettings {
	/** The output binary field. */
	field: string;
	pollSeconds: number;
	maxWaitMinutes: number;
}

/** The Wait for Completion settings of item `i`, checked; undefined when the job is not waited for. */
export function waitSettingsOf(ctx: IExecuteFunctions, i: number): WaitSettings | undefined {
	if (!booleanParameter(ctx, i, 'waitForCompletion', 'Wait for Completion', false))
		return undefined;
	return {
		field: outputFieldOf(ctx, i),
		pollSeconds: numberInRange(
			numberParameter(ctx, i, 'pollSeconds', 'Poll Interval (Seconds)', 10),
			'Poll Interval (Seconds)',
			WAIT_BOUNDS.pollSeconds,
		),
		maxWaitMinutes: numberInRange(
			numberParameter(ctx, i, 'maxWaitMinutes', 'Max Wait (Minutes)', 15),
			'Max Wait (Minutes)',
			WAIT_BOUNDS.maxWaitMinutes,
		),
	};
}

/**
 * Reads a job's status every `pollSeconds` until `isFinished` or `maxWaitMinutes` have been spent
 * waiting (a bounded number of reads); each read goes through the transport, so rate limits are
 * waited out as for any request. A job still running at the end fails the item, naming it and how
 * to fetch it later (`later`).
 */
export async function pollJob<J extends { status: string }>(
	ctx: IExecuteFunctions,
	job: J,
	options: {
		jobId: string;
		settings: WaitSettings;
		read: () => Promise<J>;
		isFinished: (status: J['status']) => boolean;
		later: string;
	},
): Promise<J> {
	const { jobId, settings, read, isFinished, later } = options;
	const reads = Math.max(1, Math.floor((settings.maxWaitMinutes * 60) / settings.pollSeconds));
	let current = job;
	for (let n = 0; n < reads && !isFinished(current.status); n++) {
		await WAIT.sleep(settings.pollSeconds * 1000);
		current = await read();
	}
	if (!isFinished(current.status)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The export job ${jobId} is still ${current.status} after ${settings.maxWaitMinutes} minute(s)`,
			{ description: `Raise Max Wait, or get it later with ${later} and this Job ID.` },
		);
	}
	return current;
}

/**
 * An export job answer with a job_identifier and one of the statuses Intercom documents for it;
 * anything else is not what was asked for (`what` names the job in the error).
 */
export function checkedJobOf<S extends string>(
	ctx: IExecuteFunctions,
	job: IDataObject,
	statuses: readonly S[],
	what: string,
): IDataObject & { job_identifier: string; status: S } {
	if (
		typeof job.job_identifier !== 'string' ||
		!job.job_identifier ||
		!statuses.includes(job.status as S)
	) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Intercom's answer is not ${what} (job_identifier and one of the statuses ${statuses.join(', ')})`,
		);
	}
	return job as IDataObject & { job_identifier: string; status: S };
}
