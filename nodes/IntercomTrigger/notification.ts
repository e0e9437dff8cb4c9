import type { IDataObject } from 'n8n-workflow';

import { PING_TOPIC } from './topics';

/** Notifications larger than this are refused (Intercom's are a few kB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What the trigger reads of n8n's request. */
export interface WebhookRequest {
	rawBody?: unknown;
	body?: unknown;
	headers: Record<string, string | string[] | undefined>;
}

/** A notification that passed the checks of parseNotification. */
export interface IntercomNotification {
	/** The body as Intercom sent it (type, id, topic, app_id, created_at, delivery fields, data.item). */
	envelope: IDataObject;
	topic: string;
	/** The notification id; undefined for a ping (Intercom's pings carry "id": null). */
	id: string | undefined;
}

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The exact bytes Intercom sent (what the signature covers). */
export function rawBodyOf(request: WebhookRequest): Buffer {
	if (Buffer.isBuffer(request.rawBody)) return request.rawBody;
	if (typeof request.rawBody === 'string') return Buffer.from(request.rawBody, 'utf8');
	if (typeof request.body === 'string') return Buffer.from(request.body, 'utf8');
	if (request.body !== undefined && request.body !== null) {
		return Buffer.from(JSON.stringify(request.body), 'utf8');
	}
	return Buffer.alloc(0);
}

/** Why a body is refused for its size (400), or undefined when it is small enough. */
export function bodySizeProblem(raw: Buffer): string | undefined {
	if (raw.length <= MAX_BODY_BYTES) return undefined;
	return `The body has ${raw.length} bytes, more than the ${MAX_BODY_BYTES} an Intercom notification may have`;
}

/** A parsed, checked notification, or the reason it is refused (400). */
export function parseNotification(
	raw: Buffer,
): { notification: IntercomNotification } | { problem: string } {
	if (raw.length === 0)
		return { problem: 'The request has no body: expected an Intercom notification (JSON)' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw.toString('utf8'));
	} catch {
		return { problem: 'The body is not JSON: expected an Intercom notification' };
	}
	if (!isObject(parsed))
		return { problem: 'The body is not a JSON object: expected an Intercom notification' };
	if (parsed.type !== 'notification_event') {
		return {
			problem: 'The body is not an Intercom notification: "type" is not "notification_event"',
		};
	}
	const { topic, id } = parsed;
	if (typeof topic !== 'string' || topic === '') {
		return { problem: 'The notification has no "topic"' };
	}
	// Pings are never deduplicated: their id is not read.
	if (topic === PING_TOPIC) return { notification: { envelope: parsed, topic, id: undefined } };
	// Every other notification needs its id (for dedupe).
	if (typeof id !== 'string' || id === '') {
		return { problem: 'The notification has no "id"' };
	}
	return { notification: { envelope: parsed, topic, id } };
}

/**
 * The item a notification emits: the whole envelope with Include Envelope, else the notified
 * object with the notification's topic, id, time, app and delivery attempts.
 */
export function itemOf(notification: IntercomNotification, includeEnvelope: boolean): IDataObject {
	const { envelope } = notification;
	if (includeEnvelope) return envelope;
	const data = isObject(envelope.data) ? envelope.data : {};
	const item = data.item;
	const fields: IDataObject = isObject(item) ? { ...item } : item === undefined ? {} : { item };
	return {
		...fields,
		topic: envelope.topic,
		notificationId: envelope.id,
		createdAt: envelope.created_at,
		appId: envelope.app_id,
		deliveryAttempts: envelope.delivery_attempts,
	};
}
