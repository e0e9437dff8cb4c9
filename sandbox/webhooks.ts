/**
 * Intercom-style webhook notifications: the `notification_event` envelope, signed the way Intercom
 * signs it (`X-Hub-Signature: sha1=<HMAC-SHA1 of the raw body, keyed with the app's client secret>`),
 * POSTed to a URL.
 */
import { createHmac, randomBytes } from 'node:crypto';

import type { Json } from './store';
import { WORKSPACE_ID } from './store';

export interface NotificationOptions {
	/**
	 * `notif_…`; a fresh one by default. Send the same id twice to imitate a retried delivery.
	 * A `ping` has none by default (`"id": null`), as Intercom sends it.
	 */
	id?: string | null;
	appId?: string;
	/** Unix seconds; real time by default (a Sandbox's sendWebhook passes its clock's). */
	createdAt?: number;
	deliveryAttempts?: number;
}

export function notification(topic: string, item: Json, options: NotificationOptions = {}): Json {
	const createdAt = options.createdAt ?? Math.floor(Date.now() / 1000);
	const ping = topic === 'ping';
	const id =
		options.id !== undefined
			? options.id
			: ping
				? null
				: `notif_${randomBytes(12).toString('hex')}`;
	return {
		type: 'notification_event',
		app_id: options.appId ?? WORKSPACE_ID,
		data: { type: 'notification_event_data', item },
		links: {},
		id,
		topic,
		delivery_status: ping ? null : 'pending',
		delivery_attempts: options.deliveryAttempts ?? 1,
		delivered_at: 0,
		first_sent_at: createdAt,
		created_at: createdAt,
		self: null,
	};
}

/** `sha1=<40 lowercase hex>`: HMAC-SHA1 of the raw body with the client secret. */
export function sign(rawBody: string | Buffer, secret: string): string {
	return `sha1=${createHmac('sha1', secret).update(rawBody).digest('hex')}`;
}

export interface SendOptions extends NotificationOptions {
	/** The HMAC key; without it no X-Hub-Signature header is sent. */
	secret?: string;
	/** Send this signature instead of the right one (forgeries). */
	signature?: string;
	/** Send this raw body instead of the notification (malformed payloads, tampering after signing). */
	rawBody?: string;
	method?: string;
	timeoutMs?: number;
}

export interface SendResult {
	status: number;
	body: string;
	/** Time from sending to the full answer, in milliseconds. */
	ms: number;
	notification: Json;
}

/** Builds, signs and POSTs one notification to `url`. */
export async function sendWebhook(
	url: string,
	topic: string,
	item: Json,
	options: SendOptions = {},
): Promise<SendResult> {
	const event = notification(topic, item, options);
	const raw = JSON.stringify(event);
	const body = options.rawBody ?? raw;
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		'user-agent': 'Intercom-Webhooks (sandbox)',
	};
	if (options.signature !== undefined) headers['x-hub-signature'] = options.signature;
	else if (options.secret) headers['x-hub-signature'] = sign(raw, options.secret);
	const method = options.method ?? 'POST';
	const started = performance.now();
	const res = await fetch(url, {
		method,
		headers,
		body: method === 'HEAD' || method === 'GET' ? undefined : body,
		signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
	});
	const text = await res.text();
	return { status: res.status, body: text, ms: performance.now() - started, notification: event };
}
