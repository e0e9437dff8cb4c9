import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError, requiredId, toUnixSeconds } from './input';

/** Intercom takes at most this many attachment URLs on a message. */
const MAX_ATTACHMENTS = 10;

/** Attachment URLs from a comma-separated list (or an array by expression), each an http(s) URL. */
export function attachmentUrlsFrom(ctx: IExecuteFunctions, i: number, value: unknown): string[] | undefined {
	const parts = (Array.isArray(value) ? value.map(String) : String(value ?? '').split(','))
		.map((part) => part.trim())
		.filter(Boolean);
	if (!parts.length) return undefined;
	if (parts.length > MAX_ATTACHMENTS) {
		throw inputError(ctx, i, 'Attachment URLs', `has ${parts.length} URLs; Intercom takes at most ${MAX_ATTACHMENTS}`);
	}
	for (const url of parts) {
		if (!/^https?:\/\/[^\s/]+\S*$/i.test(url)) throw inputError(ctx, i, 'Attachment URLs', `"${url}" is not an http(s) URL`);
	}
	return parts;
}

/** The message body of item `i`, refused when empty. */
export function requiredBody(ctx: IExecuteFunctions, i: number, parameter = 'body', field = 'Body'): string {
	const raw = ctx.getNodeParameter(parameter, i, '') as unknown;
	const body = raw === undefined || raw === null ? '' : String(raw);
	if (!body.trim()) throw inputError(ctx, i, field, 'is empty. Write the message to send');
	return body;
}

/** The reply body for POST /conversations/{id}/reply and /tickets/{id}/reply (replyFields). */
export function buildReplyBody(ctx: IExecuteFunctions, i: number): IDataObject {
	const replyAs = ctx.getNodeParameter('replyAs', i, 'admin') as string;
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
					message_type: ctx.getNodeParameter('messageType', i, 'comment') as string,
					type: 'admin',
					admin_id: requiredId(ctx, i, 'adminId', 'Admin', { numeric: true }),
					body: message,
				};
	const urls = attachmentUrlsFrom(ctx, i, extra.attachmentUrls);
	if (urls) body.attachment_urls = urls;
	if (extra.createdAt) body.created_at = toUnixSeconds(ctx, i, 'Created At', extra.createdAt);
	return body;
}
