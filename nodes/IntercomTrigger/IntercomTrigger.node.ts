import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { SIGNATURE_HEADER, isValidSignature } from './signature';
import { ALL_TOPICS, PING_TOPIC, topicOptions } from './topics';

/** Notifications larger than this are refused (Intercom's are a few kB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** How many recent notification ids are kept in the workflow's static data for dedupe. */
export const SEEN_IDS_LIMIT = 1000;

const NO_SECRET_WARNING =
	'Intercom Trigger: the credential has no Client Secret, so notification signatures are not verified. Copy the app’s client secret (Developer Hub → your app → Configure → Basic information) into the credential’s Client Secret.';

/**
 * Why a notification's signature is refused, or undefined when it passes. The signature is checked
 * whenever the credential has a client secret, unless Require Signature is off and the request
 * carries none. Without a client secret nothing can be verified: everything passes.
 */
function signatureProblem(
	raw: Buffer,
	signature: string | string[] | undefined,
	secret: string,
	requireSignature: boolean,
): string | undefined {
	if (secret === '' || (!requireSignature && signature === undefined)) return undefined;
	if (isValidSignature(raw, signature, secret)) return undefined;
	return signature === undefined
		? 'Missing X-Hub-Signature header'
		: 'Invalid X-Hub-Signature: it does not match the body and the client secret';
}

type RequestWithRawBody = { rawBody?: unknown; body?: unknown };

/** The client secret of the credential the Authentication parameter picks; '' when none. */
async function readClientSecret(this: IHookFunctions | IWebhookFunctions, type: string): Promise<string> {
	const credentials = await this.getCredentials(type);
	const secret = credentials.clientSecret;
	return typeof secret === 'string' ? secret.trim() : '';
}

function credentialTypeOf(this: IHookFunctions | IWebhookFunctions): string {
	const authentication = this.getNodeParameter('authentication', 'accessToken') as string;
	return authentication === 'oAuth2' ? 'intercomOAuth2Api' : 'intercomAccessTokenApi';
}

/**
 * Client secrets read recently, by credential type and ID. Reading a credential in a webhook call
 * is n8n's slowest step (with n8n's default expression engine each read waits for an expression
 * isolate): under a burst of notifications it dominated the answer time. So:
 *
 * - a secret read is used for SECRET_CACHE_MS (an empty secret is never used from the cache, so a
 *   secret added to the credential counts at once);
 * - a signature that does not match the cached secret makes the trigger read the credential again
 *   before refusing (the secret may have been rotated), but at most once every SECRET_RECHECK_MS
 *   per credential: a flood of forged notifications is refused from the cache and costs one read
 *   every few seconds, and a rotated secret is picked up within SECRET_RECHECK_MS;
 * - reads are single-flight: requests that need the credential while it is being read wait for
 *   that read instead of starting their own.
 */
export const SECRET_CACHE_MS = 60_000;
/** At most one read of a credential per this interval because of signatures that do not match. */
export const SECRET_RECHECK_MS = 5_000;
const SECRET_CACHE_KEYS = 200;

/** The clock of the secret cache (milliseconds); tests replace `now`. */
export const secretCacheClock = { now: (): number => Date.now() };

interface SecretState {
	/** The secret of the last completed read; undefined while the first read is in flight. */
	secret?: string;
	/** When the last read started. */
	readAt: number;
	/** The read in flight, shared by every request that needs it. */
	pending?: Promise<string>;
}
const secretStates = new Map<string, SecretState>();

function secretCacheKey(this: IHookFunctions | IWebhookFunctions, type: string): string | undefined {
	const id = this.getNode().credentials?.[type]?.id;
	return id ? `${type}/${id}` : undefined;
}

/** Starts a read of the credential's secret and records it as the one in flight for `key`. */
function startSecretRead(
	this: IHookFunctions | IWebhookFunctions,
	key: string,
	type: string,
	previous: SecretState | undefined,
): Promise<string> {
	const pending = readClientSecret.call(this, type);
	const state: SecretState = { secret: previous?.secret, readAt: secretCacheClock.now(), pending };
	// Map order is least recently read first.
	secretStates.delete(key);
	secretStates.set(key, state);
	if (secretStates.size > SECRET_CACHE_KEYS) secretStates.delete(secretStates.keys().next().value as string);
	pending.then(
		(secret) => {
			if (secretStates.get(key) !== state) return;
			state.secret = secret;
			state.pending = undefined;
		},
		() => {
			// A credential that cannot be read is not trusted from the cache either.
			if (secretStates.get(key) === state) secretStates.delete(key);
		},
	);
	return pending;
}

/**
 * The client secret. `cached`: from the cache when fresh (`cached: true`), else read. `recheck`
 * (the cached secret did not match): read again unless a read started less than
 * SECRET_RECHECK_MS ago, in which case the secret as last read is returned (`cached: true`).
 * `fresh`: always read (or join the read in flight).
 */
async function clientSecret(
	this: IHookFunctions | IWebhookFunctions,
	mode: 'cached' | 'recheck' | 'fresh' = 'cached',
): Promise<{ secret: string; cached: boolean }> {
	const type = credentialTypeOf.call(this);
	const key = secretCacheKey.call(this, type);
	if (key === undefined) return { secret: await readClientSecret.call(this, type), cached: false };
	const state = secretStates.get(key);
	const age = state === undefined ? Infinity : secretCacheClock.now() - state.readAt;
	const known = state?.secret !== undefined && state.secret !== '' ? state.secret : undefined;
	if (mode === 'cached' && known !== undefined && age < SECRET_CACHE_MS) return { secret: known, cached: true };
	if (state?.pending !== undefined) return { secret: await state.pending, cached: false };
	if (mode === 'recheck' && known !== undefined && age < SECRET_RECHECK_MS) return { secret: known, cached: true };
	return { secret: await startSecretRead.call(this, key, type, state), cached: false };
}

/** The exact bytes Intercom sent (what the signature covers). */
function rawBodyOf(request: RequestWithRawBody): Buffer {
	if (Buffer.isBuffer(request.rawBody)) return request.rawBody;
	if (typeof request.rawBody === 'string') return Buffer.from(request.rawBody, 'utf8');
	if (typeof request.body === 'string') return Buffer.from(request.body, 'utf8');
	if (request.body !== undefined && request.body !== null) {
		return Buffer.from(JSON.stringify(request.body), 'utf8');
	}
	return Buffer.alloc(0);
}

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Answers the request directly; n8n then sends nothing else and starts no execution. */
function answer(this: IWebhookFunctions, status: number, body?: IDataObject): IWebhookResponseData {
	const res = this.getResponseObject();
	if (body === undefined) res.status(status).end();
	else res.status(status).json(body);
	return { noWebhookResponse: true };
}

/** A parsed, checked notification, or the reason it is refused (400). */
function parseNotification(raw: Buffer): { notification: IDataObject } | { problem: string } {
	if (raw.length === 0) return { problem: 'The request has no body: expected an Intercom notification (JSON)' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw.toString('utf8'));
	} catch {
		return { problem: 'The body is not JSON: expected an Intercom notification' };
	}
	if (!isObject(parsed)) return { problem: 'The body is not a JSON object: expected an Intercom notification' };
	if (parsed.type !== 'notification_event') {
		return { problem: 'The body is not an Intercom notification: "type" is not "notification_event"' };
	}
	if (typeof parsed.topic !== 'string' || parsed.topic === '') {
		return { problem: 'The notification has no "topic"' };
	}
	// Intercom's pings carry "id": null; every other notification needs its id (for dedupe).
	if (parsed.topic !== PING_TOPIC && (typeof parsed.id !== 'string' || parsed.id === '')) {
		return { problem: 'The notification has no "id"' };
	}
	return { notification: parsed };
}

/** The notified object with the notification's topic, id, time, app and delivery attempts. */
function outputOf(notification: IDataObject): IDataObject {
	const data = isObject(notification.data) ? notification.data : {};
	const item = data.item;
	const fields: IDataObject = isObject(item) ? { ...item } : item === undefined ? {} : { item };
	return {
		...fields,
		topic: notification.topic,
		notificationId: notification.id,
		createdAt: notification.created_at,
		appId: notification.app_id,
		deliveryAttempts: notification.delivery_attempts,
	};
}

/**
 * Recent notification ids per trigger node (workflow id + node id), in this n8n process. n8n 2.41
 * does not save a static-data change made by a webhook call that starts an execution (only the
 * first write, when the workflow had no static data yet), so static data alone would forget ids;
 * this memory catches repeats within the process, static data across restarts where n8n saved it.
 */
const recentIds = new Map<string, string[]>();
/** Trigger nodes remembered at once; the least recently used is dropped beyond this. */
const MAX_REMEMBERED_NODES = 200;

const stringsOf = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Whether notification `id` was seen recently (in this process's memory or in the workflow's
 * static data). With `record`, records it in memory. Either way the node's static data gets the
 * merged list of the last 1,000 ids (n8n saves it when the call starts nothing). Without an `id`
 * (a ping) only that copy is made.
 */
function seenBefore(this: IWebhookFunctions, id: string | undefined, record: boolean): boolean {
	const key = `${this.getWorkflow().id ?? ''}/${this.getNode().id}`;
	const memory = recentIds.get(key) ?? [];
	const staticData = this.getWorkflowStaticData('node');
	const stored = stringsOf(staticData.notificationIds);
	const storedSet = new Set(stored);
	const seen = id !== undefined && (memory.includes(id) || storedSet.has(id));
	if (id !== undefined && !seen && record) memory.push(id);
	// Map order is least recently used first.
	recentIds.delete(key);
	recentIds.set(key, memory.slice(-SEEN_IDS_LIMIT));
	if (recentIds.size > MAX_REMEMBERED_NODES) recentIds.delete(recentIds.keys().next().value as string);
	const merged = [...stored, ...memory.filter((m) => !storedSet.has(m))].slice(-SEEN_IDS_LIMIT);
	if (merged.length !== stored.length || merged.some((m, i) => m !== stored[i])) {
		staticData.notificationIds = merged;
	}
	return seen;
}

export class IntercomTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Intercom Trigger',
		name: 'intercomTrigger',
		icon: { light: 'file:../../icons/intercom.svg', dark: 'file:../../icons/intercom.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ "Webhooks · API 2.x: " + ($parameter["topics"] || []).join(", ") }}',
		description:
			"Starts the workflow when Intercom's 2.x webhooks notify a topic (contacts, conversations, tickets, companies, admins); community trigger",
		defaults: { name: 'Intercom Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'intercomAccessTokenApi',
				required: true,
				displayOptions: { show: { authentication: ['accessToken'] } },
			},
			{
				name: 'intercomOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		webhooks: [
			{ name: 'setup', httpMethod: 'HEAD', responseMode: 'onReceived', path: 'webhook' },
			{
				name: 'default',
				httpMethod: 'POST',
				// Answer as soon as the execution is created (an empty 200), never after the workflow.
				responseMode: 'onReceived',
				responseData: 'noData',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'Intercom has no API to subscribe webhooks: set them up once in the Developer Hub. Open your app → Configure → Webhooks, paste this node’s <b>Production URL</b> (activate the workflow first), pick the topics (each needs its permission on the app) and save; Intercom checks the URL with a HEAD request and sends a ping. Put the app’s client secret (Configure → Basic information) in the credential’s Client Secret: <b>without it, signature verification is off</b> and any request to this URL that looks like an Intercom notification starts the workflow.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'Access Token', value: 'accessToken' },
					{ name: 'OAuth2', value: 'oAuth2' },
				],
				default: 'accessToken',
			},
			{
				displayName: 'Topics',
				name: 'topics',
				type: 'multiOptions',
				options: topicOptions,
				default: [ALL_TOPICS],
				required: true,
				description:
					'The topics that start the workflow; notifications of other topics are answered and ignored. Intercom only sends the topics chosen in the Developer Hub.',
			},
			{
				displayName: 'Require Signature',
				name: 'requireSignature',
				type: 'boolean',
				default: true,
				description:
					'Whether to refuse (401) notifications without a valid X-Hub-Signature. Signatures are checked with the credential’s Client Secret; with no Client Secret in the credential they cannot be, and every notification is accepted.',
			},
			{
				displayName:
					'Signature verification is off: unsigned notifications are accepted, so anyone who knows the URL can start this workflow. A wrong signature is still refused when the credential has a Client Secret.',
				name: 'signatureOffNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { requireSignature: [false] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Emit Ping',
						name: 'emitPing',
						type: 'boolean',
						default: false,
						description:
							'Whether to start the workflow on the ping Intercom sends when the webhook is saved (to test the setup)',
					},
					{
						displayName: 'Include Envelope',
						name: 'includeEnvelope',
						type: 'boolean',
						default: false,
						description:
							'Whether to output the whole notification as Intercom sent it (type, ID, topic, app_id, created_at, delivery fields, data.item) instead of the notified object',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			// Intercom has no subscription API: the webhook is set up by hand in the Developer Hub.
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			// Registers nothing remotely; refuses a configuration that cannot work (no topic, no credential).
			async create(this: IHookFunctions): Promise<boolean> {
				const topics = this.getNodeParameter('topics', []) as string[];
				if (!Array.isArray(topics) || topics.length === 0) {
					throw new NodeOperationError(this.getNode(), 'Select at least one topic', {
						description: 'Pick the topics to start the workflow on, or All Topics (*).',
					});
				}
				// Reads the credential (its errors go through) and refreshes the cached secret.
				const { secret } = await clientSecret.call(this, 'fresh');
				if (secret === '') this.logger.warn(NO_SECRET_WARNING, { node: this.getNode().name });
				return true;
			},
			// Nothing to remove at Intercom; the Developer Hub subscription stays until removed there.
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		// Intercom validates the URL with a HEAD request.
		if (this.getWebhookName() === 'setup') return answer.call(this, 200);

		const request = this.getRequestObject() as unknown as RequestWithRawBody & {
			headers: Record<string, string | string[] | undefined>;
		};
		const raw = rawBodyOf(request);
		if (raw.length > MAX_BODY_BYTES) {
			return answer.call(this, 400, {
				message: `The body has ${raw.length} bytes, more than the ${MAX_BODY_BYTES} an Intercom notification may have`,
			});
		}

		const requireSignature = this.getNodeParameter('requireSignature', true) as boolean;
		const signature = request.headers[SIGNATURE_HEADER];
		const first = await clientSecret.call(this);
		let problem = signatureProblem(raw, signature, first.secret, requireSignature);
		if (problem !== undefined && first.cached) {
			// The secret may have been changed in the credential since it was cached: read it again
			// (at most once every SECRET_RECHECK_MS per credential, shared by concurrent requests).
			const again = await clientSecret.call(this, 'recheck');
			if (again.secret !== first.secret) problem = signatureProblem(raw, signature, again.secret, requireSignature);
		}
		if (problem !== undefined) return answer.call(this, 401, { message: problem });

		const parsed = parseNotification(raw);
		if ('problem' in parsed) return answer.call(this, 400, { message: parsed.problem });
		const { notification } = parsed;
		const topic = notification.topic as string;
		const options = this.getNodeParameter('options', {}) as {
			emitPing?: boolean;
			includeEnvelope?: boolean;
		};

		let skip: string | undefined;
		const topics = this.getNodeParameter('topics', []) as string[];
		if (topic === PING_TOPIC) {
			// A ping only starts the workflow when asked for: Emit Ping, or the Ping topic selected.
			// Pings have no id ("id": null): each delivery is emitted, none enters the dedupe memory.
			if (options.emitPing !== true && !topics.includes(PING_TOPIC)) skip = 'ping';
			// A ping that starts nothing still copies the ids kept in memory into static data.
			if (skip !== undefined) seenBefore.call(this, undefined, false);
		} else {
			if (!topics.includes(ALL_TOPICS) && !topics.includes(topic)) skip = 'topic not selected';
			// A skipped notification does not use up its id, but its call still copies the ids kept in
			// memory into static data (n8n saves static data when a webhook call starts nothing).
			if (seenBefore.call(this, notification.id as string, skip === undefined)) skip ??= 'duplicate';
		}
		if (skip !== undefined) return answer.call(this, 200, { received: true, emitted: false, reason: skip });

		const json = options.includeEnvelope === true ? notification : outputOf(notification);
		return {
			workflowData: [this.helpers.returnJsonArray([json])],
		};
	}
}
