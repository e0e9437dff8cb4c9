/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test-only: setImmediate makes a credential read last one turn of the event loop, so concurrent calls overlap it */
import type { IDataObject } from 'n8n-workflow';

import {
	SECRET_CACHE_MS,
	SECRET_RECHECK_MS,
	secretCacheClock,
} from '../../../nodes/IntercomTrigger/secret';
import type { RunWebhookResult } from '../../harness/run-webhook';
import { newStaticDataStore } from '../../harness/run-webhook';
import { delivery } from './deliveries';
import type { SendOptions } from './send';
import { SECRET, answered, send, tokenCredentials } from './send';

const ROTATED = 'test-rotated-secret';
const FORGED = 'test-forged-secret';

let now = 1_800_000_000_000;
let reads = 0;
/** Counts the credential reads; each one lasts a turn of the event loop, as a real read would. */
const onCredentialRead = async () => {
	reads++;
	await new Promise((resolve) => setImmediate(resolve));
};

beforeAll(() => {
	secretCacheClock.now = () => now;
});
beforeEach(() => {
	// Every test starts with the cache of the one before expired.
	now += 10 * SECRET_CACHE_MS;
	reads = 0;
});

let counter = 0;
const notification = (): IDataObject =>
	delivery(
		'contact.user.created',
		{ type: 'contact', id: `c${++counter}`, role: 'user' },
		`notif_flood_${counter}`,
	);
const post = async (options: SendOptions = {}) =>
	await send(notification(), { onCredentialRead, ...options });
const forged = async (options: SendOptions = {}) => await post({ signWith: FORGED, ...options });

/** Reads the secret once (a valid notification), then resets the read count. */
async function primeCache(options: SendOptions = {}) {
	expect((await post(options)).emitted).toHaveLength(1);
	expect(reads).toBe(1);
	reads = 0;
}

const refused = (run: RunWebhookResult) => {
	expect(answered(run)).toEqual({
		status: 401,
		body: { message: 'Invalid X-Hub-Signature: it does not match the body and the client secret' },
		emitted: 0,
	});
};

/** Runs `count` calls of `call`, `concurrency` at a time. */
async function pool<T>(
	count: number,
	concurrency: number,
	call: (n: number) => Promise<T>,
): Promise<T[]> {
	const results: T[] = [];
	let next = 0;
	const worker = async () => {
		while (next < count) {
			const n = next++;
			results[n] = await call(n);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return results;
}

describe('Intercom Trigger › forged notifications and credential reads', () => {
	it('100 forged notifications one after another: all refused with 401, one credential read', async () => {
		await primeCache();
		now += SECRET_RECHECK_MS;
		for (let k = 0; k < 100; k++) refused(await forged());
		expect(reads).toBe(1);
	});

	it('forged notifications over 25 s: at most one credential read every SECRET_RECHECK_MS', async () => {
		await primeCache();
		const start = now;
		for (let k = 0; k < 100; k++) {
			now = start + k * 250;
			refused(await forged());
		}
		// Read at 5, 10, 15 and 20 s: once per SECRET_RECHECK_MS after the read that primed the cache.
		expect(reads).toBe(Math.floor((99 * 250) / SECRET_RECHECK_MS));
		expect(reads).toBe(4);
	});

	it('200 forged at 20 concurrent: all refused, one credential read; a valid notification among them runs once', async () => {
		await primeCache();
		now += SECRET_RECHECK_MS;
		const store = newStaticDataStore();
		const valid = notification();
		const runs = await pool(201, 20, async (n) =>
			n === 100 ? await send(valid, { store, onCredentialRead }) : await forged({ store }),
		);
		runs.filter((_, n) => n !== 100).forEach(refused);
		expect(runs[100].emitted).toEqual([expect.objectContaining({ notificationId: valid.id })]);
		expect(reads).toBe(1);
		// …and only once: its repeat is a duplicate.
		expect(answered(await send(valid, { store, onCredentialRead })).body).toMatchObject({
			reason: 'duplicate',
		});
	});

	it('a rotated secret: concurrent notifications signed with it share one read and are all accepted', async () => {
		await primeCache();
		now += SECRET_RECHECK_MS;
		const options = { credentials: tokenCredentials(ROTATED), signWith: ROTATED };
		const runs = await Promise.all(Array.from({ length: 20 }, async () => await post(options)));
		expect(runs.map((run) => run.emitted.length)).toEqual(Array(20).fill(1));
		expect(reads).toBe(1);
	});

	it('a rotated secret is accepted once SECRET_RECHECK_MS has passed since the last read, the old one refused', async () => {
		await primeCache();
		const readAt = now;
		const options = { credentials: tokenCredentials(ROTATED), signWith: ROTATED };
		// Read a moment ago: the cached (old) secret stands, nothing is read.
		now = readAt + SECRET_RECHECK_MS - 1;
		refused(await post(options));
		expect(reads).toBe(0);
		now = readAt + SECRET_RECHECK_MS;
		expect((await post(options)).emitted).toHaveLength(1);
		expect(reads).toBe(1);
		// The old secret no longer passes, and the forgery costs no read.
		refused(await post({ credentials: tokenCredentials(ROTATED), signWith: SECRET }));
		expect(reads).toBe(1);
	});
});
