import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
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
	| IWebhookFunctions
	| IPollFunctions;

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
	/**
	 * More request headers (the Raw Request's). They never replace the transport's own:
	 * Authorization, Intercom-Version and Accept are set after them.
	 */
	headers?: Record<string, string>;
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
	const expect = options.expect ?? 'object';
	const { response, context } = await sendToIntercom(this, method, endpoint, {
		body,
		qs,
		options,
		accept: 'application/json',
		json: true,
	});
	// Checked there: the JSON object (or, as the caller chose, the JSON) expected.
	return expectedAnswer(this, response, context, expect) as T;
}

/** A 2xx answer's body when it is what `expect` asks for; otherwise the error users see. */
function expectedAnswer(
	ctx: IntercomContext,
	response: IN8nHttpFullResponse,
	context: SendContext,
	expect: ExpectedAnswer,
): unknown {
	if (answerFits(response.body, expect)) return response.body;
	const headers = response.headers as IDataObject | undefined;
	throw intercomUnexpectedAnswerError(ctx.getNode(), {
		...context,
		operation: operationLabel(ctx),
		status: response.statusCode,
		contentType: headerText(headers, 'content-type'),
		expected: expect === 'json' ? 'JSON' : 'the JSON object this operation expects',
		preview: preview(response.body, context.secrets),
	});
}

/** A body sent as it is (a file's bytes, a multipart/form-data form) and its Content-Type. */
export interface IntercomBytes {
	bytes: Buffer;
	contentType: string;
}

/**
 * Sends `body` as the request's bytes with its Content-Type (which replaces any Content-Type of
 * `options.headers`), under the rules of intercomApiRequest: the credential's host only,
 * retries, timeouts, no redirects, Intercom's errors. The answer must be JSON or empty
 * (`expect: 'json'` unless the caller asks otherwise); callers read it as `unknown`. The bytes are
 * a Buffer, so an attempt that is retried (a 429; a 5xx or no answer when the method is
 * idempotent) sends them again unchanged.
 */
export async function intercomSendBytes(
	this: IntercomContext,
	method: IHttpRequestMethods,
	endpoint: string,
	body: IntercomBytes,
	qs?: IDataObject,
	options: IntercomRequestOptions = {},
): Promise<unknown> {
	const headers = Object.fromEntries(
		Object.entries(options.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-type'),
	);
	const { response, context } = await sendToIntercom(this, method, endpoint, {
		body: body.bytes,
		qs,
		options: { ...options, headers: { ...headers, 'Content-Type': body.contentType } },
		accept: 'application/json',
		json: true,
	});
	return expectedAnswer(this, response, context, options.expect ?? 'json');
}

/** A file Intercom answered with: its body as a stream, read once by whoever stores it. */
export interface IntercomFile {
	/** The answer's body (a readable stream of the file's bytes). */
	stream: unknown;
	/** The answer's Content-Type, without parameters; undefined when Intercom sends none. */
	mimeType?: string;
	/** The file name of the answer's Content-Disposition, when it has one. */
	fileName?: string;
}

/**
 * Downloads a file from Intercom (exports, reports): the request rules of intercomApiRequest,
 * with `Accept` set to what the endpoint needs and the body streamed, not parsed, so the file is
 * not held in memory twice. A 2xx answer that is JSON (or HTML) is not the file: it is an error.
 */
export async function intercomDownload(
	this: IntercomContext,
	endpoint: string,
	qs?: IDataObject,
	/** `anyType`: every answer is the file (the Raw Request's File format), JSON too. */
	options: IntercomRequestOptions & { accept?: string; anyType?: boolean } = {},
): Promise<IntercomFile> {
	const { response, context } = await sendToIntercom(this, 'GET', endpoint, {
		qs,
		options,
		accept: options.accept ?? 'application/octet-stream',
		json: false,
	});
	const headers = response.headers as IDataObject | undefined;
	const contentType = headerText(headers, 'content-type');
	const file = fileOfAnswer(response);
	if (!options.anyType && (file.mimeType === 'application/json' || file.mimeType === 'text/html')) {
		const text = await readSmall(response.body);
		throw intercomUnexpectedAnswerError(this.getNode(), {
			...context,
			operation: operationLabel(this),
			status: response.statusCode,
			contentType,
			expected: 'a file',
			preview: preview(text, context.secrets),
		});
	}
	return file;
}

/** An answer's body as a file: its type (no parameters) and its Content-Disposition name. */
function fileOfAnswer(response: IN8nHttpFullResponse): IntercomFile {
	const headers = response.headers as IDataObject | undefined;
	return {
		stream: response.body,
		mimeType: headerText(headers, 'content-type')?.split(';')[0].trim().toLowerCase() || undefined,
		fileName: fileNameOf(headerText(headers, 'content-disposition')),
	};
}

/** A streamed answer read whole, as UTF-8 text (a transcript). */
export async function readText(stream: unknown): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream as AsyncIterable<Buffer | string>) {
		chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
	}
	return Buffer.concat(chunks).toString('utf8');
}

/**
 * A file Intercom hands out behind a redirect (call recordings: a 302 to a signed URL). The
 * redirect is asked for with the credential like any request; its target is then fetched
 * without it — the signed URL is its own authorization, and the token never leaves the
 * credential's host. Only an http(s) target is fetched, with the same timeout; the target's
 * query (its signature) never appears in an error.
 */
export async function intercomRedirectedFile(
	this: IExecuteFunctions,
	endpoint: string,
	options: IntercomRequestOptions = {},
): Promise<IntercomFile> {
	const { response, context } = await sendToIntercom(this, 'GET', endpoint, {
		options,
		accept: '*/*',
		json: false,
		redirect: true,
	});
	const headers = response.headers as IDataObject | undefined;
	if (response.statusCode < 300) return fileOfAnswer(response); // answered with the file itself
	(response.body as { destroy?: () => void } | undefined)?.destroy?.();
	const location = headerText(headers, 'location');
	let target: URL | undefined;
	try {
		target = location ? new URL(location, context.baseUrl) : undefined;
	} catch {
		target = undefined;
	}
	if (!target || (target.protocol !== 'https:' && target.protocol !== 'http:')) {
		throw new NodeOperationError(
			this.getNode(),
			`Intercom redirected ${endpoint} to ${location ? 'a location that is not an http(s) URL' : 'nowhere (no Location)'}`,
		);
	}
	const shown = `${target.origin}${target.pathname}`;
	let file: IN8nHttpFullResponse;
	try {
		file = (await this.helpers.httpRequest({
			method: 'GET',
			url: target.href,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: options.timeoutMs ?? TIMEOUT.requestMs,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw new NodeOperationError(
			this.getNode(),
			`The file Intercom redirected to (${shown}) could not be fetched: ${redact(String((error as Error).message ?? error), [target.search].filter(Boolean))}`,
		);
	}
	if (file.statusCode >= 300) {
		await readSmall(file.body);
		throw new NodeOperationError(
			this.getNode(),
			`The file Intercom redirected to (${shown}) answered ${file.statusCode}`,
			{ description: 'Signed file URLs expire: get the file again to have a fresh one.' },
		);
	}
	const fetched = fileOfAnswer(file);
	return {
		...fetched,
		fileName:
			fetched.fileName ??
			fileNameOf(`attachment; filename*=UTF-8''${target.pathname.split('/').pop() ?? ''}`),
	};
}

/** `attachment; filename="export.csv.gz"` → `export.csv.gz` (only a plain name: no path). */
export function fileNameOf(disposition: string | undefined): string | undefined {
	if (!disposition) return undefined;
	const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
	let name = encoded;
	if (name !== undefined) {
		try {
			name = decodeURIComponent(name);
		} catch {
			name = undefined;
		}
	}
	name ??= /filename\s*=\s*"([^"]*)"/.exec(disposition)?.[1];
	name ??= /filename\s*=\s*([^;\s]+)/.exec(disposition)?.[1];
	name = name?.split(/[\\/]/).pop()?.trim();
	return name && name !== '.' && name !== '..' ? name : undefined;
}

/** Whether a body is a stream (what the HTTP client gives for `encoding: 'stream'`). */
function isStream(body: unknown): body is AsyncIterable<unknown> & { destroy?: () => void } {
	return (
		typeof body === 'object' &&
		body !== null &&
		typeof (body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
	);
}

/** At most this much of a streamed error answer is read (Intercom's error.list is small). */
const ERROR_BODY_LIMIT = 64 * 1024;

/** A streamed body as text (its first 64 KiB), parsed when it is JSON; other bodies as they are. */
async function readSmall(body: unknown): Promise<unknown> {
	if (!isStream(body)) return body;
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of body) {
		const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
		chunks.push(bytes);
		size += bytes.length;
		if (size >= ERROR_BODY_LIMIT) break;
	}
	body.destroy?.();
	const text = Buffer.concat(chunks).subarray(0, ERROR_BODY_LIMIT).toString('utf8');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/** Headers only the transport sets (the credential's, the pinned version, what is accepted). */
export const TRANSPORT_HEADERS = ['authorization', 'intercom-version', 'accept', 'host', 'cookie'];

function withoutOwnHeaders(headers: Record<string, string> | undefined): Record<string, string> {
	return Object.fromEntries(
		Object.entries(headers ?? {}).filter(
			([name]) => !TRANSPORT_HEADERS.includes(name.toLowerCase()),
		),
	);
}

interface SendSpec {
	/** JSON (an object or array), or bytes sent as they are (intercomSendBytes). */
	body?: IDataObject | IDataObject[] | Buffer;
	qs?: IDataObject;
	options: IntercomRequestOptions;
	accept: string;
	/** JSON in and out, or (false) the body streamed as it comes. */
	json: boolean;
	/** A 3xx is the answer wanted (a file behind a signed URL): returned, not followed. */
	redirect?: boolean;
}

interface SendContext {
	method: string;
	path: string;
	baseUrl: string;
	secrets: string[];
}

/** The request loop both callers share: the 2xx answer, or the error users see. */
async function sendToIntercom(
	ctx: IntercomContext,
	method: IHttpRequestMethods,
	endpoint: string,
	spec: SendSpec,
): Promise<{ response: IN8nHttpFullResponse; context: SendContext }> {
	const { body, qs, options } = spec;
	// Only a path on the credential's host: an absolute or protocol-relative URL would make the HTTP
	// client ignore the base URL and send the token to another host; a dot segment would be
	// resolved by the URL parser into another endpoint.
	const unsafe = unsafePathReason(endpoint);
	if (unsafe) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Refused to send the request to "${endpoint}": the path ${unsafe}. Only paths on the credential's Intercom host are requested`,
		);
	}
	const credentials = await intercomCredentials(ctx);
	const secrets = secretsOf(credentials.data);
	const timeoutMs = options.timeoutMs ?? TIMEOUT.requestMs;
	const request: IHttpRequestOptions = {
		method,
		baseURL: credentials.baseUrl,
		url: endpoint,
		headers: {
			...withoutOwnHeaders(options.headers),
			Accept: spec.accept,
			'Intercom-Version': credentials.apiVersion,
		},
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// Never follow a redirect: the HTTP client would send the token (and a 307/308's body) on.
		disableFollowRedirect: true,
		timeout: timeoutMs,
	};
	if (spec.json) request.json = true;
	else request.encoding = 'stream';
	if (body !== undefined) request.body = body;
	if (qs && Object.keys(qs).length) request.qs = qs;

	const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method);
	const paceKey = pacingKey(
		credentials.baseUrl,
		credentials.type,
		credentialIdentity(credentials.data),
	);
	const context: SendContext = { method, path: endpoint, baseUrl: credentials.baseUrl, secrets };
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
			response = (await ctx.helpers.httpRequestWithAuthentication.call(
				ctx,
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
				throw new NodeApiError(ctx.getNode(), error as JsonObject);
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
			throw intercomNetworkError(ctx.getNode(), error, {
				...context,
				retried: serverRetries,
				timedOutAfterMs: isTimeout(error) ? request.timeout : undefined,
				idempotent,
			});
		}

		const headers = response.headers as IDataObject | undefined;
		pacer.release(paceKey, headers);
		const status = response.statusCode;
		if (status < 300 || (spec.redirect && status >= 300 && status < 400 && status !== 304)) {
			return { response, context };
		}
		// Not the answer wanted: a streamed body is read (a little of it) for Intercom's error.
		const answer = await readSmall(response.body);
		if (status >= 300 && status < 400) {
			throw intercomRedirectError(ctx.getNode(), status, headerText(headers, 'location'), context);
		}
		// A DELETE whose earlier attempt got no answer reached Intercom after all: the record is gone.
		if (status === 404 && method === 'DELETE' && lostAnswer) {
			// What a DELETE's answer holds (`id`, `deleted`), as Intercom would have answered.
			return {
				response: {
					...response,
					statusCode: 200,
					body: { id: lastSegment(endpoint), deleted: true },
				},
				context,
			};
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
		throw intercomApiError(ctx.getNode(), status, answer, headers, {
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
