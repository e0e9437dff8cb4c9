/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test-only: setImmediate lets pending promises settle between steps of the simulated clock */
import type { IDataObject } from 'n8n-workflow';

import {
	PACING,
	RatePacer,
	pacingKey,
	readRateLimitHeaders,
} from '../../../../nodes/Intercom/transport/pacer';

/** A clock the test moves: sleeps resolve only when the test advances time past them. */
class FakeClock {
	time = Date.UTC(2026, 0, 1, 12, 0, 0);
	private timers: Array<{ at: number; resolve: () => void }> = [];
	readonly sleeps: number[] = [];

	now = () => this.time;

	sleep = async (ms: number) => {
		this.sleeps.push(ms);
		await new Promise<void>((resolve) => this.timers.push({ at: this.time + ms, resolve }));
	};

	get pendingTimers(): number {
		return this.timers.length;
	}

	/** Lets promises settle, then fires the earliest timer (moving the clock). False when none is left. */
	async step(): Promise<boolean> {
		await settle();
		if (!this.timers.length) return false;
		this.timers.sort((a, b) => a.at - b.at);
		const next = this.timers.shift()!;
		this.time = Math.max(this.time, next.at);
		next.resolve();
		await settle();
		return true;
	}
}

async function settle(): Promise<void> {
	for (let k = 0; k < 5; k++) await new Promise((r) => setImmediate(r));
}

const headers = (remaining: number, reset: number, limit = 600): IDataObject => ({
	'x-ratelimit-limit': String(limit),
	'x-ratelimit-remaining': String(remaining),
	'x-ratelimit-reset': String(reset),
});

const KEY = 'https://api.intercom.io#k';

describe('pacer › reading the headers', () => {
	it('reads Intercom’s three headers in any letter case', () => {
		expect(
			readRateLimitHeaders({
				'X-RateLimit-Limit': '10000',
				'X-RateLimit-Remaining': '1665',
				'X-RateLimit-Reset': '1767268810',
			}),
		).toEqual({
			limit: 10000,
			remaining: 1665,
			reset: 1767268810,
		});
	});

	it.each([
		[undefined],
		[{}],
		[{ 'x-ratelimit-remaining': '5' }],
		[{ 'x-ratelimit-remaining': 'x', 'x-ratelimit-reset': '1767268810' }],
	])('ignores missing or invalid headers: %j', (given) => {
		expect(readRateLimitHeaders(given as IDataObject | undefined)).toBeUndefined();
	});

	it('keys by base URL and a hash of the credential: the secret never appears', () => {
		const key = pacingKey(
			'https://api.intercom.io',
			'intercomAccessTokenApi',
			'secret-token-value',
		);
		expect(key.startsWith('https://api.intercom.io#')).toBe(true);
		expect(key).not.toContain('secret-token-value');
		expect(pacingKey('https://api.intercom.io', 'intercomAccessTokenApi', 'other-token')).not.toBe(
			key,
		);
		expect(
			pacingKey('https://api.eu.intercom.io', 'intercomAccessTokenApi', 'secret-token-value'),
		).not.toBe(key);
	});
});

describe('pacer › budget', () => {
	let clock: FakeClock;
	let pacer: RatePacer;
	beforeEach(() => {
		clock = new FakeClock();
		pacer = new RatePacer(clock);
	});

	it('holds nothing back before any answer has been read', async () => {
		await Promise.all(Array.from({ length: 20 }, async () => await pacer.acquire(KEY)));
		expect(pacer.snapshot(KEY)?.inFlight).toBe(20);
		expect(clock.sleeps).toEqual([]);
	});

	it('counts requests in flight against what is left: no more start than the window has left', async () => {
		const reset = clock.time / 1000 + 10;
		await pacer.acquire(KEY);
		pacer.release(KEY, headers(3, reset));
		let started = 0;
		const all = Array.from({ length: 5 }, async () => {
			await pacer.acquire(KEY);
			started++;
		});
		await settle();
		expect(started).toBe(3);
		// An answer saying 2 are left (its own request counted): 2 in flight use them up.
		pacer.release(KEY, headers(2, reset));
		await settle();
		expect(started).toBe(3);
		pacer.release(KEY, headers(1, reset));
		pacer.release(KEY, headers(0, reset));
		await settle();
		expect(started).toBe(3);
		// Nothing in flight and nothing left: the rest wait for the reset time, then go on.
		expect(clock.sleeps.length).toBeGreaterThan(0);
		expect(clock.time + clock.sleeps[0]).toBe(reset * 1000 + PACING.resetMarginMs);
		while (started < 5 && (await clock.step()));
		await Promise.all(all);
		expect(started).toBe(5);
		expect(clock.time).toBeGreaterThanOrEqual(reset * 1000);
	});

	it('takes the lowest reading of a window (answers arrive out of order) and ignores an earlier window', async () => {
		const reset = clock.time / 1000 + 10;
		for (let k = 0; k < 3; k++) await pacer.acquire(KEY);
		pacer.release(KEY, headers(5, reset));
		pacer.release(KEY, headers(7, reset));
		expect(pacer.snapshot(KEY)?.remaining).toBe(5);
		pacer.release(KEY, headers(50, reset - 10));
		expect(pacer.snapshot(KEY)).toMatchObject({ remaining: 5, windowEnd: reset, limit: 600 });
	});

	it('caps a reset further away than one window', async () => {
		await pacer.acquire(KEY);
		pacer.release(KEY, headers(0, clock.time / 1000 + 3600));
		const waiting = pacer.acquire(KEY);
		await settle();
		expect(clock.sleeps).toHaveLength(1);
		expect(clock.sleeps[0]).toBeLessThanOrEqual(PACING.maxWaitMs + PACING.resetMarginMs);
		while (await clock.step());
		await waiting;
		expect(pacer.snapshot(KEY)?.inFlight).toBe(1);
	});

	it('a key that only ever read 0 still sends one request per window to find out', async () => {
		await pacer.acquire(KEY);
		pacer.release(KEY, headers(0, clock.time / 1000 + 1));
		const waiting = Promise.all([pacer.acquire(KEY), pacer.acquire(KEY)]);
		let done = false;
		void waiting.then(() => (done = true));
		while (!done && (await clock.step())) {
			if (pacer.snapshot(KEY)?.inFlight === 1)
				pacer.release(KEY, headers(4, clock.time / 1000 + 10));
		}
		await waiting;
		expect(done).toBe(true);
	});

	it('keeps keys apart', async () => {
		await pacer.acquire('a');
		pacer.release('a', headers(0, clock.time / 1000 + 10));
		await pacer.acquire('b');
		expect(pacer.snapshot('b')?.inFlight).toBe(1);
		expect(clock.sleeps).toEqual([]);
	});
});

describe('pacer › against a simulated Intercom window', () => {
	/**
	 * A server with `budget` calls per `windowSeconds` window, counting each request when it
	 * answers (after `latencyMs`); `workers` clients send `total` requests through the pacer.
	 */
	async function simulate(options: {
		budget: number;
		windowSeconds: number;
		workers: number;
		total: number;
		latencyMs: (n: number) => number;
	}) {
		const clock = new FakeClock();
		const pacer = new RatePacer(clock);
		const windowMs = options.windowSeconds * 1000;
		const used = new Map<number, number>();
		let sent = 0;
		let answered = 0;
		let rejected = 0;
		const answer = (): IDataObject => {
			const start = Math.floor(clock.time / windowMs) * windowMs;
			const count = used.get(start) ?? 0;
			if (count >= options.budget) rejected++;
			else used.set(start, count + 1);
			return headers(
				Math.max(0, options.budget - (used.get(start) ?? 0)),
				(start + windowMs) / 1000,
			);
		};
		const worker = async () => {
			while (sent < options.total) {
				sent++;
				await pacer.acquire(KEY);
				await clock.sleep(options.latencyMs(sent));
				pacer.release(KEY, answer());
				answered++;
			}
		};
		// One answer first: before any reading the pacer holds nothing back (see the test above).
		await pacer.acquire(KEY);
		pacer.release(KEY, answer());
		sent++;
		answered++;
		const startTime = clock.time;
		const all = Promise.all(Array.from({ length: options.workers }, worker));
		while (answered < options.total && (await clock.step()));
		await all;
		return { rejected, answered, used, elapsedMs: clock.time - startTime, sleeps: clock.sleeps };
	}

	it.each([
		{ budget: 30, windowSeconds: 2, workers: 20, total: 200 },
		{ budget: 100, windowSeconds: 10, workers: 50, total: 450 },
		{ budget: 5, windowSeconds: 10, workers: 20, total: 40 },
	])('once a reading exists, never goes over the window budget: %j', async (setup) => {
		const result = await simulate({ ...setup, latencyMs: (n) => 20 + ((n * 37) % 90) });
		expect(result.answered).toBe(setup.total);
		expect(result.rejected).toBe(0);
		for (const count of result.used.values()) expect(count).toBeLessThanOrEqual(setup.budget);
		// It waits for resets rather than crawling: at most one window more than the budget needs.
		const windows = Math.ceil(setup.total / setup.budget);
		expect(result.elapsedMs).toBeLessThanOrEqual((windows + 1) * setup.windowSeconds * 1000);
	});
});
