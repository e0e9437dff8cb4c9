/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- test-only code, not shipped: the sandbox's OAuth server, with its own errors */
/**
 * Intercom's OAuth (authorization code, no scopes, tokens that never expire and no refresh token),
 * as an app sees it:
 *
 * - `GET /oauth?client_id=…&state=…&redirect_uri=…` stands for the page on app.intercom.com where
 *   an admin installs the app. The sandbox approves at once: 302 to the redirect URI with a one-time
 *   `code` and the same `state`. `deny=1` is the admin declining: 302 with `error=access_denied`
 *   (and the state). A missing or unknown `client_id`, or a redirect URI that is not http(s) or not
 *   one of the app's, is answered 400 (an `error.list`) without redirecting: a server must not send
 *   the browser to a URI it cannot trust (RFC 6749 §4.1.2.1).
 * - `POST /auth/eagle/token` with `code`, `client_id`, `client_secret` (form-encoded, as n8n's
 *   OAuth2 client sends them, or JSON) answers `{ token, access_token, token_type: 'Bearer' }`.
 *   Missing fields 400 `parameter_not_found`; an unknown client or a wrong secret 401
 *   `unauthorized`; an unknown, used or expired code, a code of another app, or a `redirect_uri`
 *   other than the one the code was issued for 400 `parameter_invalid`.
 * - Issued tokens are accepted by the API as Bearer tokens until revoked (the app uninstalled:
 *   `POST /__sandbox/oauth/revoke`); after that the API answers 401 `unauthorized`.
 *
 * These paths are not in Intercom's REST description: the server hands them here before its
 * OpenAPI checks, and they are neither validated, counted in the stats nor put in the request log.
 */
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';

import { SandboxError, errorList } from './errors';

/** An app registered in the Developer Hub, with OAuth on. */
export interface OAuthApp {
	clientId: string;
	clientSecret: string;
	/**
	 * The redirect URLs the app lists; an authorize request naming another is refused. Empty: any
	 * http(s) URL is taken (a test's callback on a port it does not know in advance).
	 */
	redirectUris: string[];
}

/** The sandbox's OAuth app. */
export const SANDBOX_OAUTH_CLIENT_ID = 'sandbox-oauth-client';
export const SANDBOX_OAUTH_CLIENT_SECRET = 'sandbox-oauth-client-secret';
export const SANDBOX_OAUTH_APP: OAuthApp = Object.freeze({
	clientId: SANDBOX_OAUTH_CLIENT_ID,
	clientSecret: SANDBOX_OAUTH_CLIENT_SECRET,
	redirectUris: [],
}) as OAuthApp;

/** How long an authorization code can be exchanged, in sandbox-clock seconds (the sandbox's choice). */
export const OAUTH_CODE_LIFETIME_SECONDS = 600;

/** A token the sandbox issued. */
export interface IssuedToken {
	/** 1, 2, … in the order issued: what the request log names instead of the token. */
	id: number;
	token: string;
	clientId: string;
	createdAt: number;
	revoked: boolean;
}

/** A token request as it arrived, without the values of the code or the secret. */
export interface TokenExchange {
	contentType: string | null;
	/** The body's field names, sorted. */
	fields: string[];
	clientId: string | null;
	/** Whether an `Authorization` header came too (n8n's header mode sends the client there). */
	authorizationHeader: boolean;
	status: number;
}

interface PendingCode {
	clientId: string;
	redirectUri: string;
	issuedAt: number;
	used: boolean;
}

const sameSecret = (given: string, expected: string) => {
	const a = Buffer.from(given);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
};

export class OAuthServer {
	private apps: OAuthApp[];
	private codes = new Map<string, PendingCode>();
	private byToken = new Map<string, IssuedToken>();
	/** Every token issued, in order. */
	tokens: IssuedToken[] = [];
	/** Every token request, in order. */
	exchanges: TokenExchange[] = [];

	constructor(
		private readonly defaultApps: OAuthApp[],
		/** Unix seconds (the sandbox clock). */
		private readonly now: () => number,
	) {
		this.apps = defaultApps.map((app) => ({ ...app, redirectUris: [...app.redirectUris] }));
	}

	/** Whether `path` is one of the OAuth paths this server answers. */
	static handles(path: string): boolean {
		return path === '/oauth' || path === '/auth/eagle/token';
	}

	/** Forgets every code and token; the apps the sandbox started with. */
	reset(): void {
		this.apps = this.defaultApps.map((app) => ({ ...app, redirectUris: [...app.redirectUris] }));
		this.codes.clear();
		this.byToken.clear();
		this.tokens = [];
		this.exchanges = [];
	}

	/** The issued token `token` is, revoked or not. */
	find(token: string): IssuedToken | undefined {
		return this.byToken.get(token);
	}

	/** Whether the API takes `token`: issued here and not revoked. */
	accepts(token: string): boolean {
		const issued = this.byToken.get(token);
		return issued !== undefined && !issued.revoked;
	}

	/** Revokes an issued token (the app uninstalled); false when the sandbox never issued it. */
	revoke(token: string): boolean {
		const issued = this.byToken.get(token);
		if (!issued) return false;
		issued.revoked = true;
		return true;
	}

	async handle(
		req: http.IncomingMessage,
		res: http.ServerResponse,
		url: URL,
		raw: Buffer,
	): Promise<void> {
		const method = (req.method ?? 'GET').toUpperCase();
		const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
			res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
			res.end(JSON.stringify(body));
		};
		try {
			if (url.pathname === '/oauth' && method === 'GET') {
				const location = this.authorize(url.searchParams);
				res.writeHead(302, { location, 'cache-control': 'no-store' });
				res.end();
				return;
			}
			if (url.pathname === '/auth/eagle/token' && method === 'POST') {
				const exchange: TokenExchange = {
					contentType: req.headers['content-type'] ?? null,
					fields: [],
					clientId: null,
					authorizationHeader: req.headers.authorization !== undefined,
					status: 0,
				};
				this.exchanges.push(exchange);
				try {
					const fields = this.parseBody(exchange.contentType, raw);
					exchange.fields = Object.keys(fields).sort();
					exchange.clientId = fields.client_id ?? null;
					const answer = this.exchange(fields);
					exchange.status = 200;
					send(200, answer, { 'cache-control': 'no-store' });
				} catch (e) {
					if (e instanceof SandboxError) exchange.status = e.status;
					throw e;
				}
				return;
			}
			throw new SandboxError(
				404,
				'not_found',
				`The sandbox does not implement ${method} ${url.pathname}`,
			);
		} catch (e) {
			if (!(e instanceof SandboxError)) throw e;
			send(e.status, errorList(randomUUID(), e.code, e.message, e.field));
		}
	}

	/** The authorize page: where the browser goes next. */
	private authorize(query: URLSearchParams): string {
		const clientId = query.get('client_id');
		if (!clientId)
			throw new SandboxError(400, 'parameter_not_found', 'client_id is required', 'client_id');
		const app = this.apps.find((a) => a.clientId === clientId);
		if (!app) throw new SandboxError(400, 'parameter_invalid', 'Unknown client_id', 'client_id');
		const redirectUri = query.get('redirect_uri') ?? app.redirectUris[0];
		if (!redirectUri)
			throw new SandboxError(
				400,
				'parameter_not_found',
				'redirect_uri is required (the app lists no redirect URL)',
				'redirect_uri',
			);
		let target: URL;
		try {
			target = new URL(redirectUri);
		} catch {
			throw new SandboxError(400, 'parameter_invalid', 'redirect_uri is not a URL', 'redirect_uri');
		}
		if (target.protocol !== 'http:' && target.protocol !== 'https:')
			throw new SandboxError(
				400,
				'parameter_invalid',
				'redirect_uri must be http or https',
				'redirect_uri',
			);
		if (app.redirectUris.length > 0 && !app.redirectUris.includes(redirectUri))
			throw new SandboxError(
				400,
				'parameter_invalid',
				'redirect_uri is not one of the app’s redirect URLs',
				'redirect_uri',
			);
		const state = query.get('state');
		if (query.get('deny') === '1') {
			target.searchParams.set('error', 'access_denied');
			target.searchParams.set('error_description', 'The admin did not install the app');
		} else {
			const code = randomBytes(16).toString('hex');
			this.codes.set(code, { clientId, redirectUri, issuedAt: this.now(), used: false });
			target.searchParams.set('code', code);
		}
		if (state !== null) target.searchParams.set('state', state);
		return target.toString();
	}

	private parseBody(contentType: string | null, raw: Buffer): Record<string, string> {
		const text = raw.toString('utf8');
		const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
		if (type === 'application/x-www-form-urlencoded')
			return Object.fromEntries(new URLSearchParams(text).entries());
		if (type === 'application/json') {
			let parsed: unknown;
			try {
				parsed = text ? JSON.parse(text) : {};
			} catch {
				throw new SandboxError(400, 'parameter_invalid', 'The request body is not valid JSON');
			}
			if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
				throw new SandboxError(400, 'parameter_invalid', 'The request body must be an object');
			const fields: Record<string, string> = {};
			for (const [key, value] of Object.entries(parsed))
				if (typeof value === 'string') fields[key] = value;
			return fields;
		}
		throw new SandboxError(
			400,
			'parameter_invalid',
			'The body must be application/x-www-form-urlencoded or application/json',
		);
	}

	/** The code exchanged for a token. */
	private exchange(fields: Record<string, string>): {
		token: string;
		access_token: string;
		token_type: 'Bearer';
	} {
		for (const name of ['code', 'client_id', 'client_secret'])
			if (!fields[name])
				throw new SandboxError(400, 'parameter_not_found', `${name} is required`, name);
		const app = this.apps.find((a) => a.clientId === fields.client_id);
		if (!app || !sameSecret(fields.client_secret, app.clientSecret))
			throw new SandboxError(401, 'unauthorized', 'Client authentication failed');
		const pending = this.codes.get(fields.code);
		const invalidCode = () =>
			new SandboxError(
				400,
				'parameter_invalid',
				'The authorization code is invalid, expired or already used',
				'code',
			);
		if (!pending || pending.used || pending.clientId !== app.clientId) throw invalidCode();
		pending.used = true;
		if (this.now() - pending.issuedAt > OAUTH_CODE_LIFETIME_SECONDS) throw invalidCode();
		if (fields.redirect_uri !== undefined && fields.redirect_uri !== pending.redirectUri)
			throw new SandboxError(
				400,
				'parameter_invalid',
				'redirect_uri does not match the authorization request',
				'redirect_uri',
			);
		const token = Buffer.from(`tok:${randomUUID()}:${this.tokens.length + 1}`).toString('base64');
		const issued: IssuedToken = {
			id: this.tokens.length + 1,
			token,
			clientId: app.clientId,
			createdAt: this.now(),
			revoked: false,
		};
		this.tokens.push(issued);
		this.byToken.set(token, issued);
		return { token, access_token: token, token_type: 'Bearer' };
	}
}
