/**
 * What a reply carries besides its body, as Intercom keeps it on the part it makes: attachments
 * (from `attachment_urls`, and from `attachment_files` sent base64-encoded) and the quick reply
 * options an admin offers or the one a contact picks (the part's `metadata`).
 */
import { fileHost } from './calls';
import { invalid } from './errors';
import type { Json } from './store';

/** Intercom's bound on each list: 10 URLs, and separately 10 files. */
const MAX_ATTACHMENTS = 10;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const TYPES: Record<string, string> = {
	gif: 'image/gif',
	jpeg: 'image/jpeg',
	jpg: 'image/jpeg',
	pdf: 'application/pdf',
	png: 'image/png',
	txt: 'text/plain',
};

/** The last path segment of a URL, for an attachment's name. */
function nameOf(url: string): string {
	try {
		return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || 'attachment';
	} catch {
		return 'attachment';
	}
}

function listOf(body: Json, key: string): unknown[] {
	const value = body[key];
	if (value === undefined) return [];
	if (!Array.isArray(value)) throw invalid(`${key} must be an array`, key);
	if (value.length > MAX_ATTACHMENTS)
		throw invalid(
			`You can include up to ${MAX_ATTACHMENTS} ${key.replace('attachment_', '')}`,
			key,
		);
	return value;
}

/**
 * The part attachments of a reply (`part_attachment`: type, name, url, content_type, filesize).
 * A file's URL is on the sandbox's file host, which does not serve it (Intercom's are signed CDN
 * links). `filesFirst`: when files are sent, URLs are left out (Intercom's rule on tickets).
 */
export function attachmentsOf(body: Json, partId: string, filesFirst = false): Json[] {
	const files = listOf(body, 'attachment_files').map((entry, n) => {
		const file = (entry ?? {}) as Json;
		const data = typeof file.data === 'string' ? file.data : '';
		if (!data || !BASE64.test(data))
			throw invalid('attachment_files data must be base64-encoded', 'attachment_files');
		const name = typeof file.name === 'string' && file.name ? file.name : `file-${n + 1}`;
		return {
			type: 'upload',
			name,
			url: `${fileHost.url}/attachments/${partId}/${n + 1}/${encodeURIComponent(name)}`,
			content_type:
				typeof file.content_type === 'string' ? file.content_type : 'application/octet-stream',
			filesize: Buffer.from(data, 'base64').length,
		};
	});
	const urls = listOf(body, 'attachment_urls').map((url) => {
		const name = nameOf(String(url));
		const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
		return {
			type: 'upload',
			name,
			url: String(url),
			content_type: TYPES[extension] ?? 'application/octet-stream',
		};
	});
	return filesFirst && files.length ? files : [...urls, ...files];
}

/** `reply_options` as sent: a list of `{ text, uuid }`. */
function optionsOf(body: Json): Json[] | undefined {
	const value = body.reply_options;
	if (value === undefined) return undefined;
	if (!Array.isArray(value) || value.some((o) => !o || typeof o !== 'object'))
		throw invalid('reply_options must be a list of { text, uuid }', 'reply_options');
	return value.map((o) => ({ text: (o as Json).text, uuid: (o as Json).uuid }));
}

/**
 * The part metadata of an admin reply: the options of a quick reply (`reply_options`, at least
 * one). Undefined for comments and notes.
 */
export function adminReplyMetadata(body: Json): Json | undefined {
	if (body.message_type !== 'quick_reply') return undefined;
	const options = optionsOf(body);
	if (!options?.length)
		throw invalid('reply_options is required for quick_reply messages', 'reply_options');
	return { quick_reply_options: options };
}

/** The part metadata of a contact's reply that picks a quick reply option (its UUID). */
export function contactReplyMetadata(body: Json): Json | undefined {
	const options = optionsOf(body);
	return options?.length ? { quick_reply_uuid: options[0].uuid } : undefined;
}
