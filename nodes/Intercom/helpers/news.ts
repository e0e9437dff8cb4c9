import type { IDataObject } from 'n8n-workflow';

import {
	optionalBoolean,
	optionalPlainText,
	optionalText,
	readValue,
	toUnixSeconds,
} from './input';
import { InputError } from './inputError';
import { pick } from './simplify';
import { asOption, asText, isBlank } from './values';

/** The news item fields kept by Simplify: everything but the HTML body. */
export const NEWS_ITEM_SIMPLE_FIELDS = [
	'type',
	'id',
	'workspace_id',
	'title',
	'sender_id',
	'state',
	'labels',
	'cover_image_url',
	'reactions',
	'deliver_silently',
	'created_at',
	'updated_at',
	'newsfeed_assignments',
];

export function simplifyNewsItems(items: IDataObject[]): IDataObject[] {
	return items.map((item) => pick(item, NEWS_ITEM_SIMPLE_FIELDS));
}

export const NEWS_ITEM_STATES = ['draft', 'live'] as const;

/** Text separated by commas (or an array by expression), trimmed, empty parts dropped. */
export function commaList(field: string, value: unknown): string[] {
	const parts = Array.isArray(value)
		? value.map((part) => readValue(field, part, asText))
		: readValue(field, value, (v) => asText(v, 'text separated by commas')).split(',');
	return parts.map((part) => part.trim()).filter(Boolean);
}

/** The value of a resource locator held in a collection (`{ __rl, mode, value }`), or the value itself. */
function locatorValue(value: unknown): unknown {
	if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'value' in value) {
		return (value as { value: unknown }).value;
	}
	return value;
}

/** A numeric Intercom ID from a field of a collection (admins, newsfeeds), as a number. */
function numericId(field: string, value: unknown): number | undefined {
	const text = optionalText(field, locatorValue(value));
	if (text === undefined) return undefined;
	if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
		throw new InputError(field, `"${text}" is not a valid Intercom ID (it is a number)`);
	}
	return Number(text);
}

interface AssignmentInput {
	newsfeedId?: unknown;
	publishedAt?: unknown;
}

/**
 * Newsfeed assignments from the fixedCollection: each a newsfeed (once only) and an optional
 * publish date, as Unix seconds read in `timeZone`, never in the future (Intercom schedules news
 * in its app only).
 */
export function newsfeedAssignmentsFrom(
	value: unknown,
	timeZone: string,
	nowMs: number = Date.now(),
): IDataObject[] {
	const list = (value as { assignment?: unknown } | undefined)?.assignment;
	if (list === undefined) return [];
	if (!Array.isArray(list)) {
		throw new InputError('Newsfeed Assignments', 'must be a list of newsfeeds');
	}
	const seen = new Set<number>();
	return (list as AssignmentInput[]).map((entry, index) => {
		const field = `Newsfeed Assignments › ${index + 1}`;
		const newsfeedId = numericId(`${field} › Newsfeed`, entry?.newsfeedId);
		if (newsfeedId === undefined) {
			throw new InputError(
				`${field} › Newsfeed`,
				'is empty. Pick one from the list or give its ID',
			);
		}
		if (seen.has(newsfeedId)) {
			throw new InputError(`${field} › Newsfeed`, `newsfeed ${newsfeedId} is assigned twice`);
		}
		seen.add(newsfeedId);
		const assignment: IDataObject = { newsfeed_id: newsfeedId };
		if (!isBlank(entry?.publishedAt)) {
			const seconds = toUnixSeconds(`${field} › Published At`, entry.publishedAt, timeZone);
			if (seconds * 1000 > nowMs) {
				throw new InputError(
					`${field} › Published At`,
					`${new Date(seconds * 1000).toISOString()} is in the future; Intercom takes past publish dates only (schedule news items in Intercom's app)`,
				);
			}
			assignment.published_at = seconds;
		}
		return assignment;
	});
}

/**
 * The body of POST /news/news_items and PUT /news/news_items/{id} (news_item_request) from the
 * node's fields: only the fields given, read and checked. Title and sender, which Intercom
 * requires, are the caller's to add or check.
 */
export function newsItemBody(fields: IDataObject, timeZone: string): IDataObject {
	const body: IDataObject = {};
	const title = optionalPlainText('Title', fields.title);
	if (title) body.title = title;
	const senderId = numericId('Sender', fields.senderId);
	if (senderId !== undefined) body.sender_id = senderId;
	if (!isBlank(fields.body)) body.body = readValue('Body', fields.body, asText);
	if (!isBlank(fields.state)) {
		body.state = readValue('State', fields.state, (v) => asOption(v, NEWS_ITEM_STATES));
	}
	const silently = optionalBoolean('Deliver Silently', fields.deliverSilently);
	if (silently !== undefined) body.deliver_silently = silently;
	// An added but empty list is sent as []: no labels, reactions switched off.
	if (fields.labels !== undefined) body.labels = commaList('Labels', fields.labels);
	if (fields.reactions !== undefined) body.reactions = commaList('Reactions', fields.reactions);
	if (fields.newsfeedAssignments !== undefined) {
		body.newsfeed_assignments = newsfeedAssignmentsFrom(fields.newsfeedAssignments, timeZone);
	}
	return body;
}
