import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { optionParameter, optionalUnixSeconds, readValue, requiredId } from './input';
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

/** The reply body for POST /conversations/{id}/reply and /tickets/{id}/reply (replyFields). */
export function buildReplyBody(ctx: IExecuteFunctions, i: number): IDataObject {
	const replyAs = optionParameter(ctx, i, 'replyAs', 'Reply As', ['admin', 'contact'], 'admin');
	const message = requiredBody(ctx, i);
	const extra = ctx.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body: IDataObject =
		replyAs === 'contact'
			? {
					message_type: 'comment',
					type: 'user',
					intercom_user_id: requiredId(ctx, i, 'contactId', 'Contact'),
					body: message,
				}
			: {
					message_type: optionParameter(
						ctx,
						i,
						'messageType',
						'Message Type',
						['comment', 'note'],
						'comment',
					),
					type: 'admin',
					admin_id: requiredId(ctx, i, 'adminId', 'Admin', { numeric: true }),
					body: message,
				};
	const urls = attachmentUrlsFrom(extra.attachmentUrls);
	if (urls) body.attachment_urls = urls;
	const createdAt = optionalUnixSeconds('Created At', extra.createdAt, ctx.getTimezone());
	if (createdAt !== undefined) body.created_at = createdAt;
	return body;
}
