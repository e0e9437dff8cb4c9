import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

import { credentialTypeFor } from '../../credentials/intercom.common';

/**
 * Client secrets read recently, by credential type and ID. Reading a credential in a webhook call
 * is n8n's slowest step (with n8n's default expression engine each read waits for an expression
 * isolate): under a burst of notifications it dominated the answer time. So:
 *
 * - a secret read is used for SECRET_CACHE_MS (an empty secret is never used from the cache, so a
 *   secret added to the credential counts at once);
 * - a signature that does not match the cached secret makes the trigger read the credential again
 *   before refusing (the secret may have been rotated), but at most once every SECRET_RECHECK_MS
 *   per credential: a flood of forged notifications is refused from the cache and costs one read
 *   every few seconds, and a rotated secret is picked up within SECRET_RECHECK_MS;
 * - reads are single-flight: requests that need the credential while it is being read wait for
 *   that read instead of starting their own.
 */
export const SECRET_CACHE_MS = 60_000;
/** At most one read of a credential per this interval because of signatures that do not match. */
export const SECRET_RECHECK_MS = 5_000;
const SECRET_CACHE_KEYS = 200;

/** The clock of the secret cache (milliseconds); tests replace `now`. */
export const secretCacheClock = { now: (): number => Date.now() };

interface SecretState {
	/** The secret of the last completed read; undefined while the first read is in flight. */
	secret?: string;
	/** When the last read started. */
	readAt: number;
	/** The read in flight, shared by every request that needs it. */
	pending?: Promise<string>;
}
const secretStates = new Map<string, SecretState>();

/** The credential type the Authentication parameter picks. */
function credentialTypeOf(this: IHookFunctions | IWebhookFunctions): string {
	return credentialTypeFor(this.getNodeParameter('authentication', 'accessToken'));
}

/** The client secret of the credential of type `type`; '' when none. */
async function readClientSecret(
	this: IHookFunctions | IWebhookFunctions,
	type: string,
): Promise<string> {
	const credentials = await this.getCredentials(type);
	const secret = credentials.clientSecret;
	return typeof secret === 'string' ? secret.trim() : '';
}

function secretCacheKey(
	this: IHookFunctions | IWebhookFunctions,
	type: string,
): string | undefined {
	const id = this.getNode().credentials?.[type]?.id;
	return id ? `${type}/${id}` : undefined;
}

/** Starts a read of the credential's secret and records it as the one in flight for `key`. */
function startSecretRead(
	this: IHookFunctions | IWebhookFunctions,
	key: string,
	type: string,
	previous: SecretState | undefined,
): Promise<string> {
	const pending = readClientSecret.call(this, type);
	const state: SecretState = { secret: previous?.secret, readAt: secretCacheClock.now(), pending };
	// Map order is least recently read first.
	secretStates.delete(key);
	secretStates.set(key, state);
	if (secretStates.size > SECRET_CACHE_KEYS)
		secretStates.delete(secretStates.keys().next().value as string);
	pending.then(
		(secret) => {
			if (secretStates.get(key) !== state) return;
			state.secret = secret;
			state.pending = undefined;
		},
		() => {
			// A credential that cannot be read is not trusted from the cache either.
			if (secretStates.get(key) === state) secretStates.delete(key);
		},
	);
	return pending;
}

/**
 * The client secret of the credential the Authentication parameter picks ('' when none).
 * `cached`: from the cache when fresh (`cached: true`), else read. `recheck` (the cached secret did
 * not match): read again unless a read started less than SECRET_RECHECK_MS ago, in which case the
 * secret as last read is returned (`cached: true`). `fresh`: always read (or join the read in
 * flight).
 */
export async function clientSecret(
	this: IHookFunctions | IWebhookFunctions,
	mode: 'cached' | 'recheck' | 'fresh' = 'cached',
): Promise<{ secret: string; cached: boolean }> {
	const type = credentialTypeOf.call(this);
	const key = secretCacheKey.call(this, type);
	if (key === undefined) return { secret: await readClientSecret.call(this, type), cached: false };
	const state = secretStates.get(key);
	const age = state === undefined ? Infinity : secretCacheClock.now() - state.readAt;
	const known = state?.secret !== undefined && state.secret !== '' ? state.secret : undefined;
	if (mode === 'cached' && known !== undefined && age < SECRET_CACHE_MS)
		return { secret: known, cached: true };
	if (state?.pending !== undefined) return { secret: await state.pending, cached: false };
	if (mode === 'recheck' && known !== undefined && age < SECRET_RECHECK_MS)
		return { secret: known, cached: true };
	return { secret: await startSecretRead.call(this, key, type, state), cached: false };
}
