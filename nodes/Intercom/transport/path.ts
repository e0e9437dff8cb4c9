/**
 * Request paths as a template plus segments. Every value that goes into a path is one segment:
 * never empty, never a dot segment (`.`, `..`, or only dots: URL parsers and proxies resolve
 * them, so `/contacts/A/tags/..` would become `DELETE /contacts/A`), and percent-encoded. The
 * transport checks the whole path again before sending (unsafePathReason), whatever the caller
 * did.
 */

/** Why a value cannot be one path segment, or undefined when it can. */
export function unsafeSegmentReason(value: string): string | undefined {
	if (value === '') return 'is empty';
	// What a server or proxy may see after decoding once or twice.
	const forms = [value];
	for (let i = 0; i < 2; i++) {
		const decoded = decodeOnce(forms[forms.length - 1]);
		if (decoded === undefined) return 'holds a malformed percent-encoding';
		if (decoded === forms[forms.length - 1]) break;
		forms.push(decoded);
	}
	for (const form of forms) {
		if (form.split(/[/\\]/).some((part) => /^\.+$/.test(part.trim()))) {
			return 'is or holds a dot segment (. or ..), which would change the path';
		}
	}
	return undefined;
}

function decodeOnce(value: string): string | undefined {
	try {
		return decodeURIComponent(value);
	} catch {
		return undefined;
	}
}

/** A refused path or segment; the transport turns it into a NodeOperationError. */
export class UnsafePathError extends Error {}

/** One value as one encoded path segment; throws UnsafePathError when it cannot be one. */
export function pathSegment(value: string | number): string {
	const text = String(value);
	const reason = unsafeSegmentReason(text);
	if (reason) throw new UnsafePathError(`The path segment ${JSON.stringify(text)} ${reason}`);
	return encodeURIComponent(text);
}

/**
 * A request path from a template: each interpolated value becomes one encoded segment.
 * `` apiPath`/contacts/${contactId}/tags/${tagId}` ``
 */
export function apiPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
	let path = strings[0];
	values.forEach((value, index) => {
		path += pathSegment(value) + strings[index + 1];
	});
	return path;
}

/**
 * Why a finished path must not be sent, or undefined. Only a path on the credential's host: no
 * scheme or `//` (another host), no backslash, query or fragment (the query goes in `qs`), no
 * empty or dot segment in any decoded form.
 */
export function unsafePathReason(path: string): string | undefined {
	if (!path.startsWith('/') || path.startsWith('//'))
		return 'is not a path on the credential’s host';
	if (/[\\?#]/.test(path)) return 'holds a backslash, ? or #';
	const segments = path.slice(1).split('/');
	for (let i = 0; i < segments.length; i++) {
		const segment = segments[i];
		// A trailing slash is harmless; an empty segment in the middle is not.
		if (segment === '' && i === segments.length - 1) continue;
		const reason = unsafeSegmentReason(segment);
		if (reason) return `has a segment that ${reason}`;
	}
	return undefined;
}
