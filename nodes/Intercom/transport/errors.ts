import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { redact } from '../helpers/credentials';
import type { IntercomErrorItem } from '../helpers/interfaces';

function isErrorList(
	body: unknown,
): body is { errors: IntercomErrorItem[]; request_id?: string | null } {
	return typeof body === 'object' && body !== null && Array.isArray((body as IDataObject).errors);
}

function header(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const value = headers[name] ?? headers[name.toLowerCase()];
	if (Array.isArray(value)) return String(value[0]);
	return value === undefined || value === null ? undefined : String(value);
}

/** The canonical contact of a merged one, from `Link: </contacts/{id}>; rel="canonical"`. */
function canonicalContactId(headers: IDataObject | undefined): string | undefined {
	const link = header(headers, 'link');
	const match = link?.match(/<[^>]*\/contacts\/([^>/?]+)>\s*;\s*rel="?canonical"?/i);
	return match?.[1];
}

function hintFor(
	status: number,
	codes: string[],
	headers: IDataObject | undefined,
	retried: number,
): string {
	if (codes.includes('contact_merged') || status === 410) {
		const canonical = canonicalContactId(headers);
		return canonical
			? `This contact was merged into contact ${canonical}. Use that ID instead.`
			: 'This record is gone (a merged contact answers 410). Look up the contact it was merged into.';
	}
	if (codes.includes('intercom_version_invalid')) {
		return "The credential's API Version is not accepted by Intercom. Pick another version in the credential.";
	}
	if (codes.includes('api_plan_restricted')) {
		return "The workspace's Intercom plan does not include this feature.";
	}
	switch (status) {
		case 400:
			return 'Intercom rejected the request. Check the fields named above.';
		case 401:
			return "Check the credential: the token may be wrong or revoked (uninstalling the app revokes it), or the workspace is in another region than the credential's Region.";
		case 403:
			return "The credential's app lacks the permission this needs (Developer Hub → your app → Authentication), or the workspace's plan does not include it.";
		case 404:
			return 'Intercom found nothing with this ID in the workspace. Check the ID, and that the credential belongs to the right workspace and region.';
		case 409:
			return 'Intercom reports a conflict: the record already exists or changed meanwhile. Find the existing record and update it instead, or try again.';
		case 422:
			return 'Intercom could not process the data sent. Check the values of the fields named above.';
		case 429:
			return `Intercom's rate limit was still exceeded after waiting ${retried} time(s) for the limit to reset. Intercom allows about 10,000 calls a minute per app in 10-second windows: run fewer workflows against it at once, or try again later.`;
		default:
			if (status >= 500) {
				return retried > 0
					? `Intercom had a server error; the request was retried ${retried} time(s). Try again later.`
					: 'Intercom had a server error. The request was not retried because it may have created something; check Intercom before running it again.';
			}
			return 'Intercom could not process the request.';
	}
}

/**
 * Turns an Intercom error answer into a NodeApiError showing the HTTP status, each error's
 * code, message and field, the request id, and what to do. Secrets are scrubbed.
 */
export function intercomApiError(
	node: INode,
	status: number,
	body: unknown,
	headers: IDataObject | undefined,
	context: {
		method: string;
		path: string;
		retried: number;
		secrets: string[];
		retryAfterMs?: number;
	},
): NodeApiError {
	const items: IntercomErrorItem[] = isErrorList(body) ? body.errors : [];
	const requestId =
		(isErrorList(body) && body.request_id) || header(headers, 'x-request-id') || undefined;
	const codes = items.map((e) => e.code).filter(Boolean);

	const describe = (e: IntercomErrorItem) =>
		`${e.code}${e.message ? `: ${e.message}` : ''}${e.field ? ` (field: ${e.field})` : ''}`;

	let summary: string;
	if (items.length) {
		summary = items.map(describe).join('; ');
	} else if (typeof body === 'string' && body.trim()) {
		summary = body.trim().slice(0, 300);
	} else if (
		body &&
		typeof body === 'object' &&
		typeof (body as IDataObject).message === 'string'
	) {
		summary = (body as IDataObject).message as string;
	} else {
		summary = 'no error details';
	}

	const message = redact(`Intercom error ${status}: ${summary}`, context.secrets);
	const lines = [hintFor(status, codes, headers, context.retried)];
	for (const e of items) lines.push(`• ${describe(e)}`);
	lines.push(`Request: ${context.method} ${context.path}`);
	if (requestId) lines.push(`Intercom request ID: ${requestId}`);
	const reset = header(headers, 'x-ratelimit-reset');
	if (status === 429 && reset && /^\d+$/.test(reset)) {
		lines.push(`Rate limit resets at ${new Date(Number(reset) * 1000).toISOString()}`);
	}
	if (context.retryAfterMs !== undefined) {
		lines.push(`Intercom asked to retry after ${Math.ceil(context.retryAfterMs / 1000)} s`);
	}
	const description = redact(lines.join('\n'), context.secrets);

	const errorResponse: JsonObject = {
		httpCode: String(status),
		message,
		errors: items.map((e) => ({
			code: e.code,
			message: e.message ? redact(e.message, context.secrets) : null,
			field: e.field ?? null,
		})),
		requestId: requestId ?? null,
	};
	const error = new NodeApiError(node, errorResponse, {
		message,
		description,
		httpCode: String(status),
	});
	// NodeApiError may swap a message naming a common error code for a generic text: keep ours.
	error.message = message;
	error.context.intercomErrorCodes = codes;
	if (requestId) error.context.intercomRequestId = requestId;
	return error;
}

/** A request that got no HTTP answer at all (connection refused or reset, DNS, timeout). */
export function intercomNetworkError(
	node: INode,
	cause: unknown,
	context: {
		method: string;
		path: string;
		baseUrl: string;
		retried: number;
		secrets: string[];
		/** Set when the last attempt timed out: how long it waited. */
		timedOutAfterMs?: number;
		idempotent?: boolean;
	},
): NodeApiError {
	const raw = cause as {
		code?: string;
		httpCode?: string;
		message?: string;
		cause?: { code?: string };
	};
	const code = raw?.code ?? raw?.httpCode ?? raw?.cause?.code ?? 'NETWORK_ERROR';
	const request = `${context.method} ${context.path}`;
	let message: string;
	if (context.timedOutAfterMs !== undefined) {
		const seconds = Math.round(context.timedOutAfterMs / 100) / 10;
		message = `Intercom did not answer ${request} within ${seconds} s (${context.baseUrl})`;
	} else {
		let reason = redact(String(raw?.message ?? 'no answer'), context.secrets);
		if (code !== 'NETWORK_ERROR' && !reason.includes(code)) reason += ` (${code})`;
		message = `Could not reach Intercom at ${context.baseUrl}: ${reason}`;
	}
	const description = [
		context.retried > 0
			? `The request was retried ${context.retried} time(s) without an answer.`
			: context.idempotent === true
				? 'There was no time left to retry it.'
				: 'The request was not retried because it may have created something; check Intercom before running it again.',
		"Check the network and the credential's Region or Base URL.",
		`Request: ${request}`,
	].join('\n');
	const error = new NodeApiError(node, { message } as JsonObject, { message, description });
	// NodeApiError swaps messages naming a network code (ECONNRESET…) for a generic text: keep ours.
	error.message = message;
	error.context.networkErrorCode = code;
	if (context.timedOutAfterMs !== undefined) error.context.timedOut = true;
	return error;
}

/** The origin a redirect points to (never its path or query, which may carry anything). */
function originOf(location: string | undefined, baseUrl: string): string {
	if (!location) return 'an unnamed location';
	try {
		return new URL(location, `${baseUrl}/`).origin;
	} catch {
		return 'an invalid location';
	}
}

/** A 3xx answer: Intercom's API does not redirect API calls, so it is never followed. */
export function intercomRedirectError(
	node: INode,
	status: number,
	location: string | undefined,
	context: { method: string; path: string; baseUrl: string },
): NodeApiError {
	const target = originOf(location, context.baseUrl);
	const message = `Intercom answered ${status} with a redirect to ${target}; it was not followed`;
	const description = [
		"Intercom's API does not redirect API calls, so the token and the request body were not sent on. A proxy or a wrong Base URL in the credential is the likely cause.",
		`Request: ${context.method} ${context.path}`,
	].join('\n');
	const error = new NodeApiError(node, { message, httpCode: String(status) } as JsonObject, {
		message,
		description,
		httpCode: String(status),
	});
	error.message = message;
	error.context.redirectOrigin = target;
	return error;
}

/** A 2xx answer that is not the JSON the operation expects (an HTML page, truncated JSON…). */
export function intercomUnexpectedAnswerError(
	node: INode,
	context: {
		method: string;
		path: string;
		operation: string;
		status: number;
		contentType: string | undefined;
		expected: string;
		preview: string;
	},
): NodeApiError {
	const what = context.preview ? `"${context.preview}"` : 'an empty body';
	const message = `${context.operation}: Intercom answered ${context.status} (${context.contentType ?? 'no content type'}) with ${what}, not ${context.expected}`;
	const description = [
		'Nothing was returned, so that no partial or wrong result goes on. A proxy, a login page or a cut connection in front of Intercom is the likely cause.',
		`Request: ${context.method} ${context.path}`,
	].join('\n');
	const error = new NodeApiError(
		node,
		{ message, httpCode: String(context.status) } as JsonObject,
		{
			message,
			description,
			httpCode: String(context.status),
		},
	);
	error.message = message;
	return error;
}
