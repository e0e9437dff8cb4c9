import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { credentialTypeFor } from '../../../credentials/intercom.common';
import { redact, resolveApiVersion, resolveBaseUrl, secretsOf } from '../helpers/credentials';
import {
	intercomApiError,
	intercomNetworkError,
	intercomRedirectError,
	intercomUnexpectedAnswerError,
} from './errors';
import { pacer, pacingKey } from './pacer';
import { unsafePathReason } from './path';

export type IntercomContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions;

/** Retry policy. Waits are in milliseconds. */
export const RETRY = {
	/** Retries of an idempotent request after a 5xx answer or no answer. */
	serverErrorRetries: 3,
	/** First backoff wait; doubles each retry. */
	backoffMs: 500,
	/** Waits for the rate-limit window to reset after a 429. */
	rateLimitRetries: 3,
	/** Longest wait for one rate-limit reset: one of Intercom's 10-second windows. */
	maxRateLimitWaitMs: 10_000,
	/** Wait when a 429 carries no usable X-RateLimit-Reset. */
	defaultRateLimitWaitMs: 2_000,
	/** Longest `Retry-After` waited for; an answer asking for longer fails at once. */
	maxRetryAfterMs: 60_000,
};

/** Timeouts, in milliseconds. */
export const TIMEOUT = {
	/** How long one attempt waits for Intercom's answer. */
	requestMs: 30_000,
	/**
	 * How long one request may spend in attempts that got no answer, retries included: a server
	 * that never answers fails the item after about this long.
	 */
	hangBudgetMs: 120_000,
};

/** How the transport waits between attempts (tests record the waits instead of sleeping). */
export const WAIT = {
	sleep: async (ms: number): Promise<void> => await sleep(ms),
};

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** What a 2xx answer must hold. */
export type ExpectedAnswer =
	/** A JSON object (almost every Intercom endpoint). */
	| 'object'
	/** A JSON object, or nothing where Intercom answers some calls with an empty body. */
	| 'objectOrEmpty'
	/** Any JSON object or array, or nothing (the Raw Request). */
	| 'json';

export interface IntercomRequestOptions {
	/** Mark a POST that only reads (searches) as safe to retry. */
	idempotent?: boolean;
	/** What the answer must be; default a JSON object. */
	expect?: ExpectedAnswer;
	/** How long one attempt waits for the answer (default TIMEOUT.requestMs). */
	timeoutMs?: number;
}

export function credentialTypeOf(ctx: IntercomContext): string {
	return credentialTypeFor(ctx.getNode().parameters.authentication);
}

export async function intercomCredentials(ctx: IntercomContext): Promise<{
	type: string;
	data: ICredentialDataDecryptedObject;
	baseUrl: string;
	apiVersion: string;
}> {
	const type = credentialTypeOf(ctx);
	const data = await ctx.getCredentials(type);
	let baseUrl: string;
	try {
		baseUrl = resolveBaseUrl(data);
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), (error as Error).message);
	}
	return { type, data, baseUrl, apiVersion: resolveApiVersion(data) };
}

/** Failures with no HTTP answer that may pass: worth a retry when the request is idempotent. */
const NETWORK_ERROR_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ENETUNREACH',
	'EHOSTUNREACH',
	'UND_ERR_SOCKET',
]);

function isNetworkFailure(error: unknown): boolean {
	const e = error as { code?: unknown; httpCode?: unknown; cause?: { code?: unknown } } | undefined;
	return [e?.code, e?.httpCode, e?.cause?.code].some(
		(code) => typeof code === 'string' && NETWORK_ERROR_CODES.has(code),
	);
}

/** Who the requests are counted against: the access token, or the OAuth2 token (its client as a fallback). */
function credentialIdentity(data: ICredentialDataDecryptedObject): string {
	const tokenData = data.oauthTokenData as { access_token?: unknown } | undefined;
	for (const value of [data.accessToken, tokenData?.access_token, data.clientId]) {
		if (typeof value === 'string' && value) return value;
	}
	return '';
}

function rateLimitWait(headers: IDataObject | undefined): number {
	const reset = Number(headers?.['x-ratelimit-reset']);
	if (!Number.isFinite(reset) || reset <= 0) return RETRY.defaultRateLimitWaitMs;
	const wait = reset * 1000 - Date.now() + 100;
	return Math.min(Math.max(wait, 100), RETRY.maxRateLimitWaitMs);
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unusable. */
export function retryAfterMs(
	headers: IDataObject | undefined,
	now = Date.now(),
): number | undefined {
	const raw = headers?.['retry-after'];
	const value = String(Array.isArray(raw) ? raw[0] : (raw ?? '')).trim();
	if (!value) return undefined;
	if (/^\d+$/.test(value)) return Number(value) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A timeout (no answer in time), as the HTTP client reports it. */
function isTimeout(error: unknown): boolean {
	const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown } } | undefined;
	return (
		[e?.code, e?.cause?.code].some((code) => code === 'ECONNABORTED' || code === 'ETIMEDOUT') ||
		/timeout of \d+ms exceeded/i.test(String(e?.message ?? ''))
	);
}

/** "Contact › Get": the node's resource and operation, for error messages. */
function operationLabel(ctx: IntercomContext): string {
	const { resource, operation } = ctx.getNode().parameters ?? {};
	const title = (value: unknown) =>
		String(value)
			// n8n's name for list operations.
			.replace(/^getAll$/, 'getMany')
			.replace(/([a-z])([A-Z])/g, '$1 $2')
			.replace(/^./, (c) => c.toUpperCase());
	return typeof resource === 'string' && typeof operation === 'string'
		? `${title(resource)} › ${title(operation)}`
		: 'Intercom';
}

function headerText(headers: IDataObject | undefined, name: string): string | undefined {
	const value = headers?.[name];
	if (value === undefined || value === null) return undefined;
	return String(Array.isArray(value) ? value[0] : value);
}

function isEmptyBody(body: unknown): boolean {
	return body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
}

/** Whether a 2xx body is what the caller expects. */
function answerFits(body: unknown, expect: ExpectedAnswer): boolean {
	const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
	switch (expect) {
		case 'json':
			return isObject || Array.isArray(body) || isEmptyBody(body);
		case 'objectOrEmpty':
			return isObject || isEmptyBody(body);
		default:
			return isObject;
	}
}

/** The first characters of an answer, for an error message. */
function preview(body: unknown, secrets: string[]): string {
	let text: string;
	if (body === undefined) text = '';
	else if (typeof body === 'string') text = body;
	else {
		try {
			text = JSON.stringify(body) ?? String(body);
		} catch {
			text = String(body);
		}
	}
	text = redact(text.replace(/\s+/g, ' ').trim(), secrets);
	return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

/**
 * Sends one request to Intercom with the node's chosen credential: the region's base URL, the
 * pinned `Intercom-Version`, retries (429 always; 5xx and no answer only when idempotent) and
 * Intercom's `error.list` mapped to a NodeApiError. Transport rules, for every caller:
 * - only a path on the credential's host, without dot segments (see path.ts);
 * - redirects are never followed: Intercom's API does not redirect, so a 3xx is an error, and
 *   the token and body never go to the redirect's target;
 * - every attempt has a timeout, and attempts without an answer stop within TIMEOUT.hangBudgetMs;
 * - a 2xx answer must be the JSON the caller expects (`options.expect`).
 *
 * `T` is the answer's type: a JSON object, which is what the default `expect: 'object'` checks
 * (only that it is an object; its fields are Intercom's). Through `.call` alone it is
 * IDataObject; name another with an instantiation expression:
 * `(intercomApiRequest<ListResponse>).call(this, 'GET', path)`. With `expect: 'objectOrEmpty'`
 * the answer may also be empty, with `expect: 'json'` empty or an array: such callers read it
 * as `unknown` and check it.
 */
export async function intercomApiRequest<T extends IDataObject = IDataObject>(
	this: IntercomContext,
	method: IHttpRequestMethods,
	endpoint: string,
	body?: IDataObject | IDataObject[],
	qs?: IDataObject,
	options: IntercomRequestOptions = {},
): Promise<T> {
	// Only a path on the credential's host: an absolute or protocol-relative URL would make the HTTP
	// client ignore the base URL and send the token to another host; a dot segment would be
	// resolved by the URL parser into another endpoint.
	const unsafe = unsafePathReason(endpoint);
	if (unsafe) {
		throw new NodeOperationError(
			this.getNode(),
			`Refused to send the request to "${endpoint}": the path ${unsafe}. Only paths on the credential's Intercom host are requested`,
		);
	}
	const credentials = await intercomCredentials(this);
	const secrets = secretsOf(credentials.data);
	const timeoutMs = options.timeoutMs ?? TIMEOUT.requestMs;
	const request: IHttpRequestOptions = {
		method,
		baseURL: credentials.baseUrl,
		url: endpoint,
		headers: {
			Accept: 'application/json',
			'Intercom-Version': credentials.apiVersion,
		},
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// Never follow a redirect: the HTTP client would send the token (and a 307/308's body) on.
		disableFollowRedirect: true,
		timeout: timeoutMs,
	};
	if (body !== undefined) request.body = body;
	if (qs && Object.keys(qs).length) request.qs = qs;

	const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method);
	const expect = options.expect ?? 'object';
	const paceKey = pacingKey(
		credentials.baseUrl,
		credentials.type,
		credentialIdentity(credentials.data),
	);
	const context = { method, path: endpoint, baseUrl: credentials.baseUrl, secrets };
	const hangBudgetMs = Math.max(TIMEOUT.hangBudgetMs, timeoutMs);
	let hangSpentMs = 0;
	let lostAnswer = false;
	let serverRetries = 0;
	let rateLimitRetries = 0;
	for (;;) {
		let response: IN8nHttpFullResponse;
		// Waits while the rate-limit window's budget is spent (see pacer.ts).
		await pacer.acquire(paceKey);
		// The last attempts get what is left of the budget for attempts without an answer.
		request.timeout = Math.max(1, Math.min(timeoutMs, hangBudgetMs - hangSpentMs));
		const startedAt = Date.now();
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				credentials.type,
				request,
				// Intercom's OAuth tokens never expire and have no refresh token: let a 401 through as
				// Intercom's answer instead of n8n's "token expired, no refresh token" message.
				{ oauth2: { skipTokenRefresh: true } },
			)) as IN8nHttpFullResponse;
		} catch (error) {
			pacer.release(
				paceKey,
				(error as { response?: { headers?: IDataObject } })?.response?.headers,
			);
			if (!isNetworkFailure(error) && !isTimeout(error)) {
				// n8n's own refusal (an OAuth2 credential not connected…): already clear, not retried.
				throw new NodeApiError(this.getNode(), error as JsonObject);
			}
			lostAnswer = true;
			hangSpentMs += Math.max(0, Date.now() - startedAt);
			const backoff = RETRY.backoffMs * 2 ** serverRetries;
			if (
				idempotent &&
				serverRetries < RETRY.serverErrorRetries &&
				hangSpentMs + backoff < hangBudgetMs
			) {
				await WAIT.sleep(backoff);
				hangSpentMs += backoff;
				serverRetries++;
				continue;
			}
			throw intercomNetworkError(this.getNode(), error, {
				...context,
				retried: serverRetries,
				timedOutAfterMs: isTimeout(error) ? request.timeout : undefined,
				idempotent,
			});
		}

		const headers = response.headers as IDataObject | undefined;
		pacer.release(paceKey, headers);
		const status = response.statusCode;
		if (status >= 300 && status < 400) {
			throw intercomRedirectError(this.getNode(), status, headerText(headers, 'location'), context);
		}
		if (status < 300) {
			// Checked just now: the JSON object (or, as the caller chose, the JSON) expected.
			if (answerFits(response.body, expect)) return response.body as T;
			throw intercomUnexpectedAnswerError(this.getNode(), {
				...context,
				operation: operationLabel(this),
				status,
				contentType: headerText(headers, 'content-type'),
				expected: expect === 'json' ? 'JSON' : 'the JSON object this operation expects',
				preview: preview(response.body, secrets),
			});
		}
		// A DELETE whose earlier attempt got no answer reached Intercom after all: the record is gone.
		if (status === 404 && method === 'DELETE' && lostAnswer) {
			// What a DELETE's answer holds (`id`, `deleted`), as Intercom would have answered.
			return { id: lastSegment(endpoint), deleted: true } as IDataObject as T;
		}

		const retryAfter = retryAfterMs(headers);
		if (status === 429 && rateLimitRetries < RETRY.rateLimitRetries) {
			if (retryAfter === undefined || retryAfter <= RETRY.maxRetryAfterMs) {
				await WAIT.sleep(retryAfter ?? rateLimitWait(headers));
				rateLimitRetries++;
				continue;
			}
		}
		if (status >= 500 && idempotent && serverRetries < RETRY.serverErrorRetries) {
			if (retryAfter === undefined || retryAfter <= RETRY.maxRetryAfterMs) {
				await WAIT.sleep(retryAfter ?? RETRY.backoffMs * 2 ** serverRetries);
				serverRetries++;
				continue;
			}
		}
		throw intercomApiError(this.getNode(), status, response.body, headers, {
			...context,
			retried: status === 429 ? rateLimitRetries : serverRetries,
			retryAfterMs: retryAfter,
		});
	}
}

function lastSegment(path: string): string {
	const segment = path.replace(/\/+$/, '').split('/').pop() ?? '';
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
