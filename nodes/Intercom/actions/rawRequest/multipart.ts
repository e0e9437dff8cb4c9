import { randomBytes } from 'crypto';

/** One part of a multipart/form-data body: a text field, or a file. */
export type FormPart =
	| { name: string; value: string }
	| { name: string; file: { bytes: Buffer; fileName: string; mimeType: string } };

export interface MultipartBody {
	bytes: Buffer;
	/** `multipart/form-data; boundary=…` */
	contentType: string;
}

const CRLF = '\r\n';

/**
 * A name or file name as a quoted-string of Content-Disposition (RFC 7578 §4.2), escaped as
 * browsers do (the WHATWG HTML form encoding): CR, LF and `"` as %0D, %0A and %22, so nothing in it
 * can end the quoted string or the header line. Other control characters become %XX as well.
 * Any other text, UTF-8 included, is sent as it is.
 */
export function quotedName(name: string): string {
	const escaped = name.replace(
		/[\p{Cc}"]/gu,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
	);
	return `"${escaped}"`;
}

/** A boundary: a fixed prefix and 24 random bytes in hex (63 characters; RFC 2046 allows 70). */
function newBoundary(): string {
	return `----n8nIntercom${randomBytes(24).toString('hex')}`;
}

/**
 * A multipart/form-data body (RFC 7578) of `parts`, in their order. The boundary is random and
 * checked against every part's content (a new one is drawn should it ever occur in one), so no
 * value or file, whatever it holds, can end its part early.
 */
export function multipartBody(parts: FormPart[]): MultipartBody {
	const contents = parts.map((part) =>
		'file' in part ? part.file.bytes : Buffer.from(part.value, 'utf8'),
	);
	let boundary = newBoundary();
	for (let tries = 1; contents.some((content) => content.includes(`--${boundary}`)); tries++) {
		// With 24 random bytes this does not happen; the loop only makes it a certainty.
		if (tries >= 10) throw new Error('Could not find a multipart boundary absent from the body');
		boundary = newBoundary();
	}
	const chunks: Buffer[] = [];
	parts.forEach((part, index) => {
		let head = `--${boundary}${CRLF}Content-Disposition: form-data; name=${quotedName(part.name)}`;
		if ('file' in part) {
			head += `; filename=${quotedName(part.file.fileName)}${CRLF}Content-Type: ${part.file.mimeType}`;
		}
		chunks.push(Buffer.from(`${head}${CRLF}${CRLF}`, 'utf8'), contents[index], Buffer.from(CRLF));
	});
	chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
	return {
		bytes: Buffer.concat(chunks),
		contentType: `multipart/form-data; boundary=${boundary}`,
	};
}
