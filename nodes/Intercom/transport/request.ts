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
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import type { AuthenticationMethod } from '../helpers/constants';
import { credentialTypeFor } from '../helpers/constants';
import { resolveApiVersion, resolveBaseUrl, secretsOf } from '../helpers/credentials';
import { intercomApiError, intercomNetworkError } from './errors';


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
	let serverRetries = 0;
	let rateLimitRetries = 0;
	for (;;) {
		let response: IN8nHttpFullResponse;
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
			if (error instanceof NodeApiError && /^\d{3}$/.test(String(error.httpCode ?? ''))) {
				// n8n's OAuth2 path may report an HTTP error itself; map it like any other answer
				const status = Number(error.httpCode);
				const data = (error.context?.data ?? (error.cause as IDataObject | undefined)) as unknown;
				throw intercomApiError(this.getNode(), status, data, undefined, {
					method,
					path: endpoint,
					retried: serverRetries + rateLimitRetries,
					secrets,
				});
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

		const status = response.statusCode;
		if (status < 400) return response.body;

		const headers = response.headers as IDataObject | undefined;
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
