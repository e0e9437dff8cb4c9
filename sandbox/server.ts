/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- test-only code, not shipped: an HTTP server standing in for Intercom, with its own errors */
/**
 * A local, stateful stand-in for Intercom's REST API (2.x) on a loopback port: for the end-to-end
 * tests through a real n8n, `npm run dev` and the benchmarks. Not shipped.
 *
 * - Checks `Authorization: Bearer <token>` (401 `unauthorized` otherwise) and `Intercom-Version`
 *   (400 for an unknown version; a missing header is recorded as a violation, as the nodes must
 *   always pin it).
 * - Validates every request against Intercom's OpenAPI 2.16 (the committed snapshot, through
 *   sandbox/openapi.ts) and records each violation; tests fail on any.
 * - Answers Intercom's `error.list` bodies (401, 404, 409, 400/422 for invalid input).
 * - Rate limit in Intercom's shape: `perMinute` calls spread over fixed `windowSeconds` windows;
 *   every answer carries `X-RateLimit-Limit` (per minute), `X-RateLimit-Remaining` (left in this
 *   window) and `X-RateLimit-Reset` (Unix seconds when the window ends); over it, 429
 *   `rate_limit_exceeded`.
 * - Latency (fixed or a random range, waited through an injectable `sleep`) and injected faults (a share of 500s and of dropped
 *   connections, from a seeded generator so runs repeat) for retries and benchmarks. A fault
 *   mid-scroll closes the company scroll, as Intercom's "Please restart the scroll operation" says.
 * - Counts requests by route and status and the peak number of requests in flight.
 * - A control API under `/__sandbox/` (no auth): state, stats (DELETE starts the counts again),
 *   requests, violations, reset,
 *   config, seed, and `webhooks` to sign and send a notification.
 * - `/__sandbox/uploads`, outside Intercom's API (which takes no file): keeps any body as its bytes
 *   (with the token checked as for the API), for the Raw Request's file and form bodies.
 * - Intercom's OAuth (`GET /oauth`, `POST /auth/eagle/token`, sandbox/oauth.ts): the tokens it issues
 *   are accepted as Bearer tokens until revoked (`POST /__sandbox/oauth/revoke`).
 */
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { SandboxError, errorList } from './errors';
import './crm';
import './customObjects';
import './news';
import './articles';
import './exports';
import './reporting';
import './teamMetrics';
import { renderConversation, renderTicket } from './inbox';
import { fileHost, recordingBytes, signatureOf } from './calls';
import type { OAuthApp } from './oauth';
import { OAuthServer, SANDBOX_OAUTH_APP } from './oauth';
import { FileReply, Reply, findRoute } from './registry';
import './resources';
import './visitors';
import type { Clock, Json } from './store';
import { Store } from './store';
import type { SendOptions, SendResult } from './webhooks';
import { sendWebhook } from './webhooks';

export const SANDBOX_TOKEN = 'sandbox-token';
export const SANDBOX_CLIENT_SECRET = 'sandbox-client-secret';
export const SUPPORTED_VERSIONS = [
	'2.7',
	'2.8',
	'2.9',
	'2.10',
	'2.11',
	'2.12',
	'2.13',
	'2.14',
	'2.15',
	'2.16',
	'Unstable',
];

const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface RateLimitConfig {
	/** Calls a minute (Intercom: 10,000 per app). */
	perMinute: number;
	/** Window length (Intercom: 10 s); each window allows perMinute × windowSeconds / 60. */
	windowSeconds?: number;
}

export interface FaultConfig {
	/** Share of requests answered 500 (0–1). */
	errorRate?: number;
	/** Share of requests whose connection is dropped without an answer (0–1). */
	dropRate?: number;
}

export interface SandboxConfig {
	/** Delay before answering: fixed ms or a uniform [min, max] range. */
	latencyMs: number | [number, number];
	rateLimit: RateLimitConfig;
	faults: FaultConfig;
	/** Seed of the generator behind latency ranges and faults. */
	seed: number;
	/** Bearer tokens accepted. */
	tokens: string[];
	/**
	 * Seconds after its created_at (by the sandbox clock) before a new contact, conversation or
	 * ticket shows in search, as Intercom's index lags; 0 (the default) hides nothing.
	 */
	searchLagSeconds: number;
}

export interface SandboxOptions extends Partial<SandboxConfig> {
	port?: number;
	host?: string;
	/** Validate requests against Intercom's OpenAPI description (default true; off for benchmarks). */
	validate?: boolean;
	/** Keep the last N requests (default 2,000). */
	keepRequests?: number;
	/** Milliseconds since the epoch, for the rate-limit windows (default Date.now; tests fix it). */
	clock?: () => number;
	/** Waits the configured latency before answering (default a timer; tests record the waits instead). */
	sleep?: (ms: number) => Promise<void>;
	/** The OAuth apps `GET /oauth` and `POST /auth/eagle/token` know (default: SANDBOX_OAUTH_APP). */
	oauthApps?: OAuthApp[];
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
	status: number;
	intercomVersion?: string;
	/** Set when the answer was an injected fault ('500' or 'drop'). */
	fault?: string;
	/**
	 * Which Bearer token came, never the token: 'token' (one of the configured access tokens),
	 * 'oauth:<n>' (the n-th token the OAuth server issued, revoked or not), 'unknown', or 'none'.
	 */
	auth: string;
}

export interface SandboxStats {
	requests: number;
	byRoute: Record<string, number>;
	byStatus: Record<string, number>;
	rateLimited: number;
	injected500: number;
	dropped: number;
	inFlight: number;
	maxInFlight: number;
}

const emptyStats = (): SandboxStats => ({
	requests: 0,
	byRoute: {},
	byStatus: {},
	rateLimited: 0,
	injected500: 0,
	dropped: 0,
	inFlight: 0,
	maxInFlight: 0,
});

const defaultConfig = (): SandboxConfig => ({
	latencyMs: 0,
	rateLimit: { perMinute: 10_000, windowSeconds: 10 },
	faults: {},
	seed: 1,
	tokens: [SANDBOX_TOKEN],
	searchLagSeconds: 0,
});

/** mulberry32: a small seeded generator, so fault and latency patterns repeat from run to run. */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Validator = (request: {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
	headers: Record<string, string>;
}) => string[];

function loadValidator(): Validator {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: ajv and the spec snapshot are only loaded when validating
	const contract = require('./openapi') as { validateRequest: Validator };
	return contract.validateRequest;
}

/** A body the sandbox kept as it arrived (`/__sandbox/uploads`). */
export interface Upload {
	method: string;
	/** The request's path and query. */
	path: string;
	headers: Record<string, string>;
	body: Buffer;
}

export class Sandbox {
	readonly store = new Store();
	config: SandboxConfig;
	stats = emptyStats();
	violations: string[] = [];
	requests: RecordedRequest[] = [];
	url = '';
	port = 0;
	private server: http.Server;
	/** Another origin, as Intercom's signed file URLs are: it serves call recordings. */
	private files: http.Server;
	/** Requests the file host got: path, and the Authorization header when one was sent. */
	fileRequests: Array<{ path: string; authorization: string | null }> = [];
	/** The file host's URL (`http://127.0.0.1:<another port>`). */
	filesUrl = '';
	/**
	 * Bodies sent to `POST|PUT|PATCH|DELETE /__sandbox/uploads` (Intercom's API takes no file):
	 * method, path, the request's headers (lower-case names) and the body's bytes as received.
	 */
	uploads: Upload[] = [];
	/** Intercom's OAuth: the apps, the codes and the tokens issued (sandbox/oauth.ts). */
	readonly oauth: OAuthServer;
	private random: () => number;
	private validator: Validator | undefined;
	private window = { start: 0, used: 0 };
	private gate: { promise: Promise<void>; open: () => void } | null = null;
	private readonly keep: number;

	constructor(private readonly options: SandboxOptions = {}) {
		const { validate, keepRequests } = options;
		const config: Partial<SandboxConfig> = {};
		for (const key of [
			'latencyMs',
			'rateLimit',
			'faults',
			'seed',
			'tokens',
			'searchLagSeconds',
		] as const) {
			if (options[key] !== undefined) Object.assign(config, { [key]: options[key] });
		}
		this.config = { ...defaultConfig(), ...config };
		this.store.searchLagSeconds = this.config.searchLagSeconds;
		this.random = seeded(this.config.seed);
		this.keep = keepRequests ?? 2000;
		this.oauth = new OAuthServer(options.oauthApps ?? [SANDBOX_OAUTH_APP], () => this.store.now());
		if (validate !== false) this.validator = loadValidator();
		this.server = http.createServer((req, res) => {
			this.handle(req, res).catch((e: Error) => {
				if (!res.headersSent)
					this.send(
						res,
						500,
						errorList(randomUUID(), 'server_error', `sandbox failure: ${e.message}`),
					);
			});
		});
		this.server.keepAliveTimeout = 5000;
		this.files = http.createServer((req, res) => this.serveFile(req, res));
	}

	private serveFile(req: http.IncomingMessage, res: http.ServerResponse): void {
		const url = new URL(req.url ?? '/', 'http://files');
		this.fileRequests.push({
			path: url.pathname,
			authorization: req.headers.authorization ?? null,
		});
		const callId = /^\/recordings\/call-([^/]+)\.mp3$/.exec(url.pathname)?.[1];
		if (!callId || url.searchParams.get('signature') !== signatureOf(callId)) {
			res.writeHead(403, { 'content-type': 'application/xml' });
			res.end('<Error><Code>AccessDenied</Code></Error>');
			return;
		}
		const body = recordingBytes(callId);
		res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': String(body.length) });
		res.end(body);
	}

	/** Whether requests are checked against Intercom's OpenAPI description. */
	get validating(): boolean {
		return this.validator !== undefined;
	}

	async listen(): Promise<this> {
		await new Promise<void>((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', () => resolve());
		});
		const { port, address } = this.server.address() as AddressInfo;
		this.port = port;
		this.url = `http://${address}:${port}`;
		await new Promise<void>((resolve, reject) => {
			this.files.once('error', reject);
			this.files.listen(0, this.options.host ?? '127.0.0.1', () => resolve());
		});
		const files = this.files.address() as AddressInfo;
		this.filesUrl = `http://${files.address}:${files.port}`;
		fileHost.url = this.filesUrl;
		return this;
	}

	async close(): Promise<void> {
		await new Promise<void>((resolve) => {
			this.server.close(() => resolve());
			this.server.closeAllConnections();
		});
		await new Promise<void>((resolve) => {
			this.files.close(() => resolve());
			this.files.closeAllConnections();
		});
	}

	/**
	 * The clock every timestamp the sandbox stamps comes from (Unix seconds): `now()`, `set()`,
	 * `advance()`, `reset()`. This sandbox's own; the rate-limit windows keep `options.clock`.
	 */
	get clock(): Clock {
		return this.store.clock;
	}

	/** Changes latency, rate limit, faults, seed, tokens or search lag; the rest stays. */
	configure(change: Partial<SandboxConfig>): SandboxConfig {
		if (
			change.searchLagSeconds !== undefined &&
			!(typeof change.searchLagSeconds === 'number' && change.searchLagSeconds >= 0)
		)
			throw new Error('searchLagSeconds must be a number of seconds, 0 or more');
		this.config = { ...this.config, ...change };
		this.store.searchLagSeconds = this.config.searchLagSeconds;
		if (change.seed !== undefined) this.random = seeded(change.seed);
		this.window = { start: 0, used: 0 };
		return this.config;
	}

	/**
	 * Holds every API request (counted as in flight) until `resume()`: lets tests see how many
	 * requests a client has open at once without depending on timing.
	 */
	pause(): void {
		if (this.gate) return;
		let open = () => {};
		const promise = new Promise<void>((resolve) => (open = resolve));
		this.gate = { promise, open };
	}

	resume(): void {
		this.gate?.open();
		this.gate = null;
	}

	/** Resolves once `count` requests are in flight (polls the counter; for use with pause()). */
	async inFlightReaches(count: number): Promise<void> {
		while (this.stats.inFlight < count) await new Promise((r) => setImmediate(r));
	}

	/** Empties the workspace, the counters, the request log and the violations; default config; real time. */
	reset(): void {
		this.store.reset();
		this.stats = emptyStats();
		this.violations = [];
		this.requests = [];
		this.fileRequests = [];
		this.uploads = [];
		this.oauth.reset();
		this.configure({ ...defaultConfig(), tokens: this.options.tokens ?? [SANDBOX_TOKEN] });
	}

	/**
	 * Adds records through the same code as the API (bodies as Intercom's create endpoints take
	 * them); conversations are started by the contact with the given email.
	 */
	seed(data: {
		contacts?: Json[];
		companies?: Json[];
		tags?: Json[];
		conversations?: Array<{ email: string; body: string }>;
		visitors?: Json[];
	}): {
		contacts: Json[];
		companies: Json[];
		tags: Json[];
		conversations: Json[];
		visitors: Json[];
	} {
		const call = (method: string, path: string, body: Json) => {
			const found = findRoute(method, path)!;
			return found.route.handler({
				params: found.params,
				query: {},
				body,
				store: this.store,
			}) as Json;
		};
		const tags = (data.tags ?? []).map((t) => call('POST', '/tags', t));
		const companies = (data.companies ?? []).map((c) => call('POST', '/companies', c));
		const contacts = (data.contacts ?? []).map((c) => call('POST', '/contacts', c));
		const conversations = (data.conversations ?? []).map(({ email, body }) => {
			const from = [...this.store.contacts.values()].find((c) => c.email === email);
			if (!from) throw new Error(`seed: no contact with email ${email}`);
			return call('POST', '/conversations', { from: { type: from.role, id: from.id }, body });
		});
		// Visitors come from the Messenger, not the API: added to the store as it would make them.
		const visitors = (data.visitors ?? []).map((v) =>
			this.store.renderVisitor(this.store.addVisitor(v)),
		);
		return { tags, companies, contacts, conversations, visitors };
	}

	/**
	 * `POST /__sandbox/clock`: `{ reset: true }` real time again, then `{ set }` freezes at a Unix
	 * second, then `{ advance }` moves it on (in that order when several are given).
	 */
	setClock(body: Json): { now: number; frozen: boolean } {
		const number = (key: string) => {
			const value = body[key];
			if (typeof value !== 'number' || !Number.isFinite(value))
				throw new Error(`${key} must be a number of seconds`);
			return value;
		};
		const known = ['set', 'advance', 'reset'];
		const unknown = Object.keys(body).filter((k) => !known.includes(k));
		if (unknown.length) throw new Error(`unknown clock field ${unknown.join(', ')}`);
		if (body.reset !== undefined && body.reset !== true) throw new Error('reset must be true');
		const set = body.set === undefined ? undefined : number('set');
		const advance = body.advance === undefined ? undefined : number('advance');
		if (body.reset === true) this.clock.reset();
		if (set !== undefined) this.clock.set(set);
		if (advance !== undefined) this.clock.advance(advance);
		return this.clock.state();
	}

	/** Signs and POSTs a notification to `url` (see webhooks.ts). */
	async sendWebhook(
		url: string,
		topic: string,
		item: Json,
		options: SendOptions = {},
	): Promise<SendResult> {
		return await sendWebhook(url, topic, item, {
			secret: SANDBOX_CLIENT_SECRET,
			createdAt: this.store.now(),
			...options,
		});
	}

	/** Everything in the workspace, rendered as the API would (archived contacts included, flagged). */
	snapshot(): Json {
		const s = this.store;
		return {
			contacts: [...s.contacts.values()].map((c) => ({
				...s.renderContact(c),
				archived: c.archived,
				blocked: c.blocked,
			})),
			companies: [...s.companies.values()].map((c) => s.renderCompany(c)),
			tags: [...s.tags.values()].map((t) => s.renderTag(t)),
			notes: [...s.notes.values()].map((n) => s.renderNote(n)),
			conversations: [...s.conversations.values()].map((c) => renderConversation(s, c)),
			tickets: [...s.tickets.values()].map((t) => renderTicket(s, t)),
			events: [...s.events],
			visitors: [...s.visitors.values()].map((v) => s.renderVisitor(v)),
			// Generic resources without a store of their own, by collection path, once they hold records.
			...s.tableRecords(),
		};
	}

	// ----------------------------------------------------------------------------------------

	private send(
		res: http.ServerResponse,
		status: number,
		body: unknown,
		headers: Record<string, string> = {},
	): void {
		const text = body === undefined ? '' : JSON.stringify(body);
		res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
		res.end(text);
	}

	private async readBody(req: http.IncomingMessage): Promise<string> {
		return (await this.readBytes(req)).toString('utf8');
	}

	private async readBytes(req: http.IncomingMessage): Promise<Buffer> {
		const chunks: Buffer[] = [];
		let size = 0;
		for await (const chunk of req) {
			size += (chunk as Buffer).length;
			if (size > MAX_BODY_BYTES)
				throw new SandboxError(413, 'request_too_large', 'Request body too large');
			chunks.push(chunk as Buffer);
		}
		return Buffer.concat(chunks);
	}

	/**
	 * `/__sandbox/uploads`: a body of any type, kept as its bytes. Bearer token as for the API; a
	 * body method is kept and answered with what arrived, GET lists what was kept (without bytes).
	 */
	private async upload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const method = (req.method ?? 'GET').toUpperCase();
		const describe = (upload: Upload, id: number) => ({
			type: 'upload',
			id: String(id),
			method: upload.method,
			content_type: upload.headers['content-type'] ?? null,
			bytes: upload.body.length,
			sha256: createHash('sha256').update(upload.body).digest('hex'),
		});
		try {
			const body = await this.readBytes(req);
			const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
			if (!this.accepts(token)) throw new SandboxError(401, 'unauthorized', 'Access Token Invalid');
			if (method === 'GET')
				return this.send(res, 200, {
					type: 'list',
					data: this.uploads.map((upload, index) => describe(upload, index + 1)),
				});
			if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method))
				throw new SandboxError(
					404,
					'not_found',
					`The sandbox does not implement ${method} uploads`,
				);
			const headers: Record<string, string> = {};
			for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
			const upload: Upload = { method, path: req.url ?? '', headers, body };
			this.uploads.push(upload);
			this.send(res, 200, describe(upload, this.uploads.length));
		} catch (e) {
			if (!(e instanceof SandboxError)) throw e;
			this.send(res, e.status, errorList(randomUUID(), e.code, e.message, e.field), e.headers);
		}
	}

	/** Whether the API takes `token`: a configured access token, or an OAuth token not revoked. */
	private accepts(token: string | undefined): token is string {
		return token !== undefined && (this.config.tokens.includes(token) || this.oauth.accepts(token));
	}

	/** What the request log says of a token (never the token itself). */
	private authLabel(token: string | undefined): string {
		if (token === undefined) return 'none';
		if (this.config.tokens.includes(token)) return 'token';
		const issued = this.oauth.find(token);
		return issued ? `oauth:${issued.id}` : 'unknown';
	}

	private delay(): Promise<void> {
		const l = this.config.latencyMs;
		const ms = Array.isArray(l) ? l[0] + this.random() * (l[1] - l[0]) : l;
		if (ms <= 0) return Promise.resolve();
		return this.options.sleep ? this.options.sleep(ms) : new Promise((r) => setTimeout(r, ms));
	}

	/** Counts the request in the current window; the rate-limit headers to answer with. */
	private rateLimit(): { headers: Record<string, string>; exceeded: boolean } {
		const { perMinute, windowSeconds = 10 } = this.config.rateLimit;
		const perWindow = Math.max(1, Math.floor((perMinute * windowSeconds) / 60));
		const nowMs = (this.options.clock ?? Date.now)();
		const start = Math.floor(nowMs / (windowSeconds * 1000)) * windowSeconds * 1000;
		if (start !== this.window.start) this.window = { start, used: 0 };
		const exceeded = this.window.used >= perWindow;
		if (!exceeded) this.window.used += 1;
		return {
			exceeded,
			headers: {
				'x-ratelimit-limit': String(perMinute),
				'x-ratelimit-remaining': String(Math.max(0, perWindow - this.window.used)),
				'x-ratelimit-reset': String(Math.ceil((start + windowSeconds * 1000) / 1000)),
			},
		};
	}

	private record(entry: RecordedRequest): void {
		this.requests.push(entry);
		if (this.requests.length > this.keep) this.requests.splice(0, this.requests.length - this.keep);
		this.stats.byStatus[entry.status] = (this.stats.byStatus[entry.status] ?? 0) + 1;
	}

	private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://sandbox');
		if (url.pathname === '/__sandbox/uploads') return await this.upload(req, res);
		if (url.pathname.startsWith('/__sandbox/')) return await this.control(req, res, url);
		// Intercom's OAuth pages are not in its REST description: answered before the checks below.
		if (OAuthServer.handles(url.pathname))
			return await this.oauth.handle(req, res, url, await this.readBytes(req));

		const method = (req.method ?? 'GET').toUpperCase();
		const path = url.pathname.replace(/\/+$/, '') || '/';
		const query = Object.fromEntries(url.searchParams.entries());
		const requestId = randomUUID();
		const version = req.headers['intercom-version'] as string | undefined;
		this.stats.requests += 1;
		this.stats.inFlight += 1;
		this.stats.maxInFlight = Math.max(this.stats.maxInFlight, this.stats.inFlight);
		let status = 0;
		let body: unknown;
		let fault: string | undefined;
		const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
		try {
			const raw = await this.readBody(req);
			try {
				body = raw ? JSON.parse(raw) : undefined;
			} catch {
				throw new SandboxError(400, 'parameter_invalid', 'The request body is not valid JSON');
			}
			if (this.gate) await this.gate.promise;
			await this.delay();

			// Counted first, so every answer (401s and injected 500s too) carries the headers.
			const limit = this.rateLimit();
			res.setHeader('x-ratelimit-limit', limit.headers['x-ratelimit-limit']);
			res.setHeader('x-ratelimit-remaining', limit.headers['x-ratelimit-remaining']);
			res.setHeader('x-ratelimit-reset', limit.headers['x-ratelimit-reset']);

			if (!this.accepts(token)) throw new SandboxError(401, 'unauthorized', 'Access Token Invalid');

			if (limit.exceeded) {
				this.stats.rateLimited += 1;
				throw new SandboxError(
					429,
					'rate_limit_exceeded',
					'You have exceeded the rate limit. Please try again later.',
				);
			}

			const dice = this.random();
			const { errorRate = 0, dropRate = 0 } = this.config.faults;
			if (dice < dropRate + errorRate) {
				// Some routes lose state to a failure (a company scroll cannot continue after one).
				const failing = findRoute(method, path);
				failing?.route.onFault?.({
					params: failing.params,
					query,
					body: (body as Json) ?? {},
					store: this.store,
				});
			}
			if (dice < dropRate) {
				fault = 'drop';
				this.stats.dropped += 1;
				status = 0;
				req.socket.destroy();
				return;
			}
			if (dice < dropRate + errorRate) {
				fault = '500';
				this.stats.injected500 += 1;
				throw new SandboxError(
					500,
					'server_error',
					'Request failed due to an internal network error. Please restart the operation.',
				);
			}

			if (version === undefined)
				this.violations.push(
					`${method} ${path}: no Intercom-Version header (the nodes must pin the API version)`,
				);
			else if (!SUPPORTED_VERSIONS.includes(version))
				throw new SandboxError(
					400,
					'intercom_version_invalid',
					`Requested version ${version} is not valid`,
				);

			if (this.validator) {
				const headers: Record<string, string> = {};
				for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
				for (const v of this.validator({ method, path, query, body, headers }))
					this.violations.push(v);
			}

			const found = findRoute(method, path);
			if (!found)
				throw new SandboxError(
					404,
					'not_found',
					`The sandbox does not implement ${method} ${path}`,
				);
			const routeKey = `${method} ${found.route.template}`;
			this.stats.byRoute[routeKey] = (this.stats.byRoute[routeKey] ?? 0) + 1;
			const requestHeaders: Record<string, string> = {};
			for (const [k, v] of Object.entries(req.headers))
				if (typeof v === 'string') requestHeaders[k] = v;
			const out = found.route.handler({
				params: found.params,
				query,
				body: (body as Json) ?? {},
				store: this.store,
				headers: requestHeaders,
			});
			if (out instanceof FileReply) {
				status = out.status;
				res.writeHead(status, { 'content-length': String(out.body.length), ...out.headers });
				res.end(out.body);
				return;
			}
			status = out instanceof Reply ? out.status : 200;
			this.send(
				res,
				status,
				out instanceof Reply ? out.body : out,
				out instanceof Reply ? out.headers : {},
			);
		} catch (e) {
			if (!(e instanceof SandboxError)) throw e;
			status = e.status;
			this.send(res, e.status, errorList(requestId, e.code, e.message, e.field), e.headers);
		} finally {
			this.stats.inFlight -= 1;
			this.record({
				method,
				path,
				query,
				body,
				status,
				intercomVersion: version,
				fault,
				auth: this.authLabel(token),
			});
		}
	}

	private async control(
		req: http.IncomingMessage,
		res: http.ServerResponse,
		url: URL,
	): Promise<void> {
		const what = url.pathname.slice('/__sandbox/'.length);
		const raw = await this.readBody(req).catch(() => '');
		let body: Json = {};
		try {
			body = raw ? (JSON.parse(raw) as Json) : {};
		} catch {
			return this.send(res, 400, { error: 'body is not JSON' });
		}
		const method = req.method ?? 'GET';
		try {
			if (method === 'GET' && what === 'health')
				return this.send(res, 200, { ok: true, validating: this.validating });
			if (method === 'GET' && what === 'state') return this.send(res, 200, this.snapshot());
			if (method === 'GET' && what === 'stats')
				return this.send(res, 200, { ...this.stats, violations: this.violations.length });
			if (method === 'DELETE' && what === 'stats') {
				// Counts start again (requests in flight stay counted); the data is kept.
				this.stats = { ...emptyStats(), inFlight: this.stats.inFlight };
				return this.send(res, 200, this.stats);
			}
			if (method === 'GET' && what === 'violations') return this.send(res, 200, this.violations);
			if (method === 'GET' && what === 'requests') return this.send(res, 200, this.requests);
			if (method === 'POST' && what === 'reset') {
				this.reset();
				return this.send(res, 200, { ok: true });
			}
			if (method === 'POST' && what === 'config')
				return this.send(res, 200, this.configure(body as Partial<SandboxConfig>));
			if (method === 'POST' && what === 'seed') return this.send(res, 200, this.seed(body));
			const rating = /^conversations\/([^/]+)\/rating$/.exec(what);
			if (rating && method === 'POST') {
				const id = decodeURIComponent(rating[1]);
				if (!this.store.conversations.has(id))
					return this.send(res, 404, { error: `conversation ${id} not found` });
				const c = this.store.rateConversation(id, body);
				return this.send(res, 200, renderConversation(this.store, c));
			}
			if (method === 'POST' && what === 'oauth/revoke') {
				// The token is not repeated in the answer.
				const token = (body as { token?: unknown }).token;
				if (typeof token !== 'string' || !this.oauth.revoke(token))
					return this.send(res, 404, { error: 'the sandbox issued no such OAuth token' });
				return this.send(res, 200, { revoked: true, id: this.oauth.find(token)!.id });
			}
			if (what === 'clock' && method === 'GET') return this.send(res, 200, this.clock.state());
			if (what === 'clock' && method === 'POST') return this.send(res, 200, this.setClock(body));
			if (method === 'POST' && what === 'webhooks') {
				const {
					url: target,
					topic,
					item,
					...options
				} = body as unknown as { url: string; topic: string; item: Json } & SendOptions;
				return this.send(res, 200, await this.sendWebhook(target, topic, item ?? {}, options));
			}
		} catch (e) {
			return this.send(res, 400, { error: (e as Error).message });
		}
		this.send(res, 404, { error: `unknown control endpoint ${method} /__sandbox/${what}` });
	}
}

/** Starts a sandbox (default: a free loopback port) and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	return await new Sandbox(options).listen();
}
