/**
 * Test helpers for the Raw Request's bodies from binary input: input items with files, the bytes
 * nock saw, and a multipart/form-data reader written from RFC 7578 / RFC 2046, independent of the
 * node's builder (nodes/Intercom/actions/rawRequest/multipart.ts).
 */
import { createHash } from 'crypto';
import type { IBinaryData, IDataObject } from 'n8n-workflow';

export interface TestFile {
	bytes: Buffer;
	mimeType?: string;
	fileName?: string;
}

/** An input item whose binary fields hold `files` (n8n's in-memory form: base64 data). */
export function fileItem(files: Record<string, TestFile>, json: IDataObject = {}) {
	const binary: Record<string, IBinaryData> = {};
	for (const [field, file] of Object.entries(files)) {
		binary[field] = {
			data: file.bytes.toString('base64'),
			// n8n's binary objects always carry a type; undefined here stands for one n8n has none for.
			mimeType: file.mimeType as string,
			...(file.fileName === undefined ? {} : { fileName: file.fileName }),
		};
	}
	return { json, binary };
}

/** Bytes that are not UTF-8 text (0x00–0xff, CR and LF among them), `length` long. */
export function binaryBytes(length: number, seed = 7): Buffer {
	return Buffer.from(Array.from({ length }, (_, k) => (k * 37 + seed * 11 + (k >> 8)) % 256));
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function isUtf8Text(bytes: Buffer): boolean {
	return Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

/**
 * The bytes of a request body as nock hands it over: nock gives UTF-8 text when the bytes are
 * text, and their hex digits when they are not (nock's `isUtf8Representable`).
 */
export function bodyBytes(body: unknown): Buffer {
	if (body === undefined || body === null || body === '') return Buffer.alloc(0);
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	if (/^(?:[0-9a-f]{2})+$/.test(text)) {
		const decoded = Buffer.from(text, 'hex');
		if (!isUtf8Text(decoded)) return decoded;
	}
	return Buffer.from(text, 'utf8');
}

export interface Part {
	/** The part's header lines as sent, in order. */
	headerLines: string[];
	/** The header values by lower-case name. */
	headers: Record<string, string>;
	body: Buffer;
}

/** The `boundary` parameter of a multipart Content-Type (token or quoted-string). */
export function boundaryOf(contentType: string): string {
	const match = /^multipart\/form-data;\s*boundary=(?:"([^"]+)"|([^\s;]+))$/i.exec(contentType);
	if (!match) throw new Error(`not a multipart/form-data Content-Type: ${contentType}`);
	return match[1] ?? match[2];
}

/**
 * A multipart body split by its boundary, checked for RFC 2046's layout: it opens with
 * `--boundary CRLF`, each part is header lines, an empty line and the content, parts are separated
 * by `CRLF --boundary CRLF`, and it closes with `CRLF --boundary-- CRLF` (no preamble, no epilogue).
 */
export function parseMultipart(body: Buffer, contentType: string): Part[] {
	const boundary = boundaryOf(contentType);
	const open = Buffer.from(`--${boundary}\r\n`);
	const close = Buffer.from(`\r\n--${boundary}--\r\n`);
	const separator = Buffer.from(`\r\n--${boundary}\r\n`);
	if (!body.subarray(0, open.length).equals(open))
		throw new Error('does not open with the boundary');
	if (!body.subarray(body.length - close.length).equals(close))
		throw new Error('does not close with the final boundary');
	const inner = body.subarray(open.length, body.length - close.length);
	const chunks: Buffer[] = [];
	let start = 0;
	for (;;) {
		const at = inner.indexOf(separator, start);
		if (at === -1) break;
		chunks.push(inner.subarray(start, at));
		start = at + separator.length;
	}
	chunks.push(inner.subarray(start));
	return chunks.map((chunk) => {
		const end = chunk.indexOf('\r\n\r\n');
		if (end === -1) throw new Error('a part has no empty line after its headers');
		const headerLines = chunk.subarray(0, end).toString('utf8').split('\r\n');
		const headers: Record<string, string> = {};
		for (const line of headerLines) {
			const colon = line.indexOf(':');
			if (colon <= 0) throw new Error(`not a header line: ${JSON.stringify(line)}`);
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
		}
		return { headerLines, headers, body: chunk.subarray(end + 4) };
	});
}

/** What a standard parser (Node's fetch `Response.formData()`, WHATWG rules) reads from a form. */
export async function standardFormData(
	body: Buffer,
	contentType: string,
): Promise<
	Array<{ name: string; value?: string; file?: { name: string; type: string; bytes: Buffer } }>
> {
	const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
	const out: Array<{
		name: string;
		value?: string;
		file?: { name: string; type: string; bytes: Buffer };
	}> = [];
	for (const [name, value] of form) {
		if (typeof value === 'string') out.push({ name, value });
		else
			out.push({
				name,
				file: { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) },
			});
	}
	return out;
}
