import { createHmac, timingSafeEqual } from 'node:crypto';

/** Intercom's signature header: `X-Hub-Signature: sha1=<40 lowercase hex>`. */
export const SIGNATURE_HEADER = 'x-hub-signature';

/** `sha1=<hex>`: HMAC-SHA1 of the raw body, keyed with the app's client secret. */
export function expectedSignature(rawBody: Buffer, clientSecret: string): string {
	return `sha1=${createHmac('sha1', clientSecret).update(rawBody).digest('hex')}`;
}

/**
 * Whether `header` is the right signature of `rawBody`. Compared in constant time after a length
 * check (`timingSafeEqual` throws on buffers of different lengths). A header given several times
 * (an array) is refused.
 */
export function isValidSignature(
	rawBody: Buffer,
	header: string | string[] | undefined,
	clientSecret: string,
): boolean {
	if (typeof header !== 'string' || header === '') return false;
	const expected = Buffer.from(expectedSignature(rawBody, clientSecret), 'utf8');
	const given = Buffer.from(header.trim().toLowerCase(), 'utf8');
	if (given.length !== expected.length) return false;
	return timingSafeEqual(given, expected);
}

/**
 * Why a notification's signature is refused, or undefined when it passes. The signature is checked
 * whenever the credential has a client secret, unless Require Signature is off and the request
 * carries none. Without a client secret nothing can be verified: everything passes.
 */
export function signatureProblem(
	raw: Buffer,
	signature: string | string[] | undefined,
	secret: string,
	requireSignature: boolean,
): string | undefined {
	if (secret === '' || (!requireSignature && signature === undefined)) return undefined;
	if (isValidSignature(raw, signature, secret)) return undefined;
	return signature === undefined
		? 'Missing X-Hub-Signature header'
		: 'Invalid X-Hub-Signature: it does not match the body and the client secret';
}
