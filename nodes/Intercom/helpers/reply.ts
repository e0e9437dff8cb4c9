import { randomUUID } from 'node:crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ReplyTarget } from '../descriptions/inbox.description';
import { MAX_REPLY_FILE_MB, MAX_REPLY_FILES } from '../descriptions/inbox.description';
import { inputBinaryOf } from './binary';
import {
	optionalBoolean,
	optionalValue,
	optionParameter,
	optionalUnixSeconds,
	readValue,
	requiredId,
} from './input';
import { InputError } from './inputError';
import { asText, isBlank } from './values';

/** Intercom takes at most this many attachment URLs on a message. */
const MAX_ATTACHMENTS = 10;

/** Attachment URLs from a comma-separated list (or an array by expression), each an http(s) URL. */
export function attachmentUrlsFrom(value: unknown): string[] | undefined {
	if (isBlank(value)) return undefined;
	const list = Array.isArray(value)
		? value.map((url) => readValue('Attachment URLs', url, (v) => asText(v, 'a URL')))
		: readValue('Attachment URLs', value, (v) => asText(v, 'URLs separated by commas')).split(',');
	const parts = list.map((part) => part.trim()).filter(Boolean);
	if (!parts.length) return undefined;
	if (parts.length > MAX_ATTACHMENTS) {
		throw new InputError(
			'Attachment URLs',
			`has ${parts.length} URLs; Intercom takes at most ${MAX_ATTACHMENTS}`,
		);
	}
	for (const url of parts) {
		if (!/^https?:\/\/[^\s/]+\S*$/i.test(url))
			throw new InputError('Attachment URLs', `"${url}" is not an http(s) URL`);
	}
	return parts;
}

/** The message body of item `i`, refused when empty. */
export function requiredBody(
	ctx: IExecuteFunctions,
	i: number,
	parameter = 'body',
	field = 'Body',
): string {
	const raw = ctx.getNodeParameter(parameter, i, '') as unknown;
	if (isBlank(raw)) throw new InputError(field, 'is empty. Write the message to send');
	return readValue(field, raw, asText);
}

/**
 * The largest file a reply takes from binary input. Intercom's specification gives no limit for
 * `attachment_files`; the file goes base64-encoded inside the JSON body (a third larger), so ten
 * files are already a request of over 130 MB. 10 MB a file is a conservative bound: large enough
 * for documents and screenshots, small enough that a mistaken field (a video, an export) is refused
 * here with a clear message rather than failing at Intercom or holding the run's memory.
 */
const MAX_FILE_BYTES = MAX_REPLY_FILE_MB * 1024 * 1024;

/** A UUID in its usual text form (any version), as Intercom's `format: uuid` takes it. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FILES = 'Attachment Files';

/** The binary field names of Attachment Files: comma-separated text (or an array by expression). */
function binaryFieldNames(value: unknown): string[] {
	if (isBlank(value)) return [];
	const list = Array.isArray(value)
		? value.map((name) => readValue(FILES, name, (v) => asText(v, 'a binary field name')))
		: readValue(FILES, value, (v) => asText(v, 'binary field names separated by commas')).split(
				',',
			);
	return list.map((name) => name.trim()).filter(Boolean);
}

/**
 * Attachment Files of item `i`: each named binary field of the input item as Intercom's
 * `{ content_type, data (base64), name }`. Every check (count, missing field, size) is made before
 * any file is read, so a refusal costs nothing and no request is sent.
 */
async function attachmentFilesFrom(
	ctx: IExecuteFunctions,
	i: number,
	value: unknown,
): Promise<IDataObject[] | undefined> {
	const names = binaryFieldNames(value);
	if (!names.length) return undefined;
	if (names.length > MAX_REPLY_FILES) {
		throw new InputError(
			FILES,
			`names ${names.length} files; Intercom takes at most ${MAX_REPLY_FILES} (and up to 10 attachment URLs besides)`,
		);
	}
	const files = names.map((name) => {
		const data = inputBinaryOf(ctx, i, name, FILES);
		// n8n knows the size of stored files (filesystem and S3 modes); in memory, the base64 tells it.
		const bytes =
			typeof data.bytes === 'number'
				? data.bytes
				: data.id
					? undefined
					: Math.floor((data.data.replace(/=+$/, '').length * 3) / 4);
		if (bytes !== undefined && bytes > MAX_FILE_BYTES) throw tooLarge(name, bytes);
		return { name, data };
	});
	const attachments: IDataObject[] = [];
	for (const { name, data } of files) {
		const buffer = await ctx.helpers.getBinaryDataBuffer(i, name);
		if (buffer.length > MAX_FILE_BYTES) throw tooLarge(name, buffer.length);
		attachments.push({
			content_type: data.mimeType || 'application/octet-stream',
			data: buffer.toString('base64'),
			name: data.fileName || fallbackName(name, data.fileExtension),
		});
	}
	return attachments;
}

function tooLarge(name: string, bytes: number): InputError {
	const mb = (bytes / (1024 * 1024)).toFixed(1);
	return new InputError(
		FILES,
		`the file in "${name}" is ${mb} MB; a reply takes files of at most ${MAX_REPLY_FILE_MB} MB`,
		{ description: 'Attach larger files by their URL (Attachment URLs) instead.' },
	);
}

/** A file name for binary data that has none: the field's name, with the file's extension. */
function fallbackName(field: string, extension: string | undefined): string {
	return extension ? `${field}.${extension}` : field;
}

/** Reply Options of a quick reply, each `{ text, uuid }`; a UUID left empty is generated. */
function replyOptionsFrom(value: unknown): IDataObject[] {
	const field = 'Reply Options';
	const raw = (value as IDataObject | undefined)?.option;
	const entries = isBlank(raw) ? [] : Array.isArray(raw) ? raw : [raw];
	if (!entries.length) {
		throw new InputError(field, 'is empty. A quick reply needs at least one option to pick');
	}
	return entries.map((entry, n) => {
		const option = (entry ?? {}) as IDataObject;
		const label = `Reply Option ${n + 1}`;
		if (isBlank(option.text)) throw new InputError(`${label}: Text`, 'is empty');
		const text = readValue(`${label}: Text`, option.text, asText);
		const uuid = isBlank(option.uuid)
			? randomUUID()
			: readValue(`${label}: UUID`, option.uuid, asText).trim();
		if (!UUID.test(uuid)) {
			throw new InputError(
				`${label}: UUID`,
				`"${uuid}" is not a UUID (such as 0df48b85-9a93-4c66-a167-753eff0baaec); leave it empty to generate one`,
			);
		}
		return { text, uuid };
	});
}

/**
 * The reply body for POST /conversations/{id}/reply and /tickets/{id}/reply (replyFields), with
 * the options Intercom takes on `target`'s endpoint only.
 */
export async function buildReplyBody(
	ctx: IExecuteFunctions,
	i: number,
	target: ReplyTarget,
): Promise<IDataObject> {
	const replyAs = optionParameter(ctx, i, 'replyAs', 'Reply As', ['admin', 'contact'], 'admin');
	const extra = ctx.getNodeParameter('additionalFields', i, {}) as IDataObject;
	let body: IDataObject;
	if (replyAs === 'contact') {
		const message = requiredBody(ctx, i);
		body = {
			message_type: 'comment',
			type: 'user',
			intercom_user_id: requiredId(ctx, i, 'contactId', 'Contact'),
			body: message,
		};
	} else {
		const messageType = optionParameter(
			ctx,
			i,
			'messageType',
			'Message Type',
			['comment', 'note', 'quick_reply'],
			'comment',
		);
		// Intercom wants a body for comments and notes only: quick reply buttons may come alone.
		const text =
			messageType === 'quick_reply'
				? optionalValue('Body', ctx.getNodeParameter('body', i, '') as unknown, asText)
				: requiredBody(ctx, i);
		body = {
			message_type: messageType,
			type: 'admin',
			admin_id: requiredId(ctx, i, 'adminId', 'Admin', { numeric: true }),
		};
		if (text !== undefined) body.body = text;
		if (messageType === 'quick_reply') {
			body.reply_options = replyOptionsFrom(ctx.getNodeParameter('replyOptions', i, {}));
		}
	}
	const urls = attachmentUrlsFrom(extra.attachmentUrls);
	if (urls) body.attachment_urls = urls;
	const createdAt = optionalUnixSeconds('Created At', extra.createdAt, ctx.getTimezone());
	if (createdAt !== undefined) body.created_at = createdAt;
	const skipNotifications =
		replyAs === 'admin' || target === 'ticket'
			? optionalBoolean('Skip Notifications', extra.skipNotifications)
			: undefined;
	if (skipNotifications !== undefined) body.skip_notifications = skipNotifications;
	if (replyAs === 'admin') {
		if (target === 'ticket') {
			const crossPost = optionalBoolean('Cross Post', extra.crossPost);
			if (crossPost !== undefined) body.cross_post = crossPost;
		}
		// Files last: every other field is checked before any file is read.
		const files = await attachmentFilesFrom(ctx, i, extra.attachmentFiles);
		if (files) body.attachment_files = files;
	}
	return body;
}
