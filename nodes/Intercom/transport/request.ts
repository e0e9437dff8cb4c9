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

import type { AuthenticationMethod } from '../helpers/constants';
import { credentialTypeFor } from '../helpers/constants';
import { resolveApiVersion, resolveBaseUrl, secretsOf } from '../helpers/credentials';
import { intercomApiError, intercomNetworkError } from './errors';
import { pacer, pacingKey } from './pacer';

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
};

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export interface IntercomRequestOptions {
	/** Mark a POST that only reads (searches) as safe to retry. */
	idempotent?: boolean;
}

export function credentialTypeOf(ctx: IntercomContext): string {
	return credentialTypeFor(ctx.getNode().parameters.authentication as AuthenticationMethod | undefined);
}

export async function intercomCredentials(
	ctx: IntercomContext,
): Promise<{ type: string; data: ICredentialDataDecryptedObject; baseUrl: string; apiVersion: string }> {
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

/**
 * Sends one request to Intercom with the node's chosen credential: the region's base URL, the
 * pinned `Intercom-Version`, retries (429 always; 5xx and no answer only when idempotent) and
 * Intercom's `error.list` mapped to a NodeApiError.
 */
export async function intercomApiRequest(
	this: IntercomContext,
	method: IHttpRequestMethods,
	endpoint: string,
	body?: IDataObject | IDataObject[],
	qs?: IDataObject,
	options: IntercomRequestOptions = {},
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Intercom answers vary by endpoint
): Promise<any> {
	// Only a path on the credential's host: an absolute or protocol-relative URL would make the HTTP
	// client ignore the base URL and send the token to another host.
	if (!endpoint.startsWith('/') || endpoint.startsWith('//') || endpoint.includes('\\')) {
		throw new NodeOperationError(
			this.getNode(),
			`Refused to send the Intercom token to "${endpoint}": only paths on the credential's Intercom host are requested`,
		);
	}
	const credentials = await intercomCredentials(this);
	const secrets = secretsOf(credentials.data);
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
	};
	if (body !== undefined) request.body = body;
	if (qs && Object.keys(qs).length) request.qs = qs;

	const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method);
	const paceKey = pacingKey(credentials.baseUrl, credentials.type, credentialIdentity(credentials.data));
	let serverRetries = 0;
	let rateLimitRetries = 0;
	for (;;) {
		let response: IN8nHttpFullResponse;
		// Waits while the rate-limit window's budget is spent (see pacer.ts).
		await pacer.acquire(paceKey);
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
			pacer.release(paceKey, (error as { response?: { headers?: IDataObject } })?.response?.headers);
			if (!isNetworkFailure(error)) {
				// n8n's own refusal (an OAuth2 credential not connected…): already clear, not retried.
				throw new NodeApiError(this.getNode(), error as JsonObject);
			}
			if (idempotent && serverRetries < RETRY.serverErrorRetries) {
				await sleep(RETRY.backoffMs * 2 ** serverRetries);
				serverRetries++;
				continue;
			}
			throw intercomNetworkError(this.getNode(), error, {
				method,
				path: endpoint,
				baseUrl: credentials.baseUrl,
				retried: serverRetries,
				secrets,
			});
		}

		const headers = response.headers as IDataObject | undefined;
		pacer.release(paceKey, headers);
		const status = response.statusCode;
		if (status < 400) return response.body;

		if (status === 429 && rateLimitRetries < RETRY.rateLimitRetries) {
			await sleep(rateLimitWait(headers));
			rateLimitRetries++;
			continue;
		}
		if (status >= 500 && idempotent && serverRetries < RETRY.serverErrorRetries) {
			await sleep(RETRY.backoffMs * 2 ** serverRetries);
			serverRetries++;
			continue;
		}
		throw intercomApiError(this.getNode(), status, response.body, headers, {
			method,
			path: endpoint,
			retried: status === 429 ? rateLimitRetries : serverRetries,
			secrets,
		});
	}
}
