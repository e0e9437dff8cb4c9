import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

/**
 * Keeps requests within Intercom's rate limit instead of running into 429s.
 *
 * Intercom answers every request with `X-RateLimit-Limit` (calls a minute), `X-RateLimit-Remaining`
 * (calls left in the current window, 10 seconds at Intercom) and `X-RateLimit-Reset` (UNIX seconds
 * when that window ends). The pacer keeps, per API host and credential, what the answers said and
 * how many requests are in flight. A request may start while `remaining - inFlight > 0`: every
 * request in flight is counted against the budget as if Intercom had not counted it yet, so
 * however many items run in parallel, no more requests are sent in a window than it has left.
 * Once the budget is spent, requests wait for an answer in flight (which may bring news) or, with
 * none in flight, until the window's reset time.
 *
 * After a window ends, the next one is assumed to allow as many calls as the largest `Remaining`
 * ever read for this key (a full window allows at least that many), until an answer from the new
 * window says how many are really left. Before any answer has been read, nothing is held back.
 *
 * The state is shared by every run of the node in this process (several workflows may use the
 * same credential). Keys hold the base URL and a hash of the credential's identity, never a secret.
 */

export interface PacerClock {
	/** Milliseconds since the epoch. */
	now: () => number;
	/** Waits `ms` milliseconds. */
	sleep: (ms: number) => Promise<void>;
}

export const PACING = {
	/** Waits until this long after the reset time, so the server's new window has surely begun. */
	resetMarginMs: 100,
	/** Longest wait for one window to end (Intercom's windows are 10 seconds). */
	maxWaitMs: 10_000,
	/** Keys kept; the least recently used idle one is dropped beyond that. */
	maxKeys: 200,
};

export interface RateLimitReading {
	limit?: number;
	remaining: number;
	/** UNIX seconds when the window ends. */
	reset: number;
}

interface KeyState {
	inFlight: number;
	/** Calls left in the window ending at `windowEnd`, as last read (the lowest reading of that window). */
	remaining?: number;
	/** End of the current window, UNIX seconds. Undefined until an answer carried the headers. */
	windowEnd?: number;
	/** Largest Remaining ever read: the budget assumed for a window nothing has been read of yet. */
	fullWindow: number;
	/** X-RateLimit-Limit as last read (calls a minute). */
	limit?: number;
	/** Resolvers of requests waiting for a change (an answer or a request given back). */
	waiters: Array<() => void>;
}

/** Reads Intercom's rate-limit headers (any letter case); undefined when they are absent or invalid. */
export function readRateLimitHeaders(
	headers: IDataObject | undefined,
): RateLimitReading | undefined {
	if (!headers) return undefined;
	const lower: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(headers)) lower[key.toLowerCase()] = value;
	const number = (name: string): number | undefined => {
		const raw = lower[name];
		const value = Number(Array.isArray(raw) ? raw[0] : raw);
		return raw === undefined || raw === null || raw === '' || !Number.isFinite(value)
			? undefined
			: value;
	};
	const remaining = number('x-ratelimit-remaining');
	const reset = number('x-ratelimit-reset');
	if (remaining === undefined || reset === undefined || remaining < 0 || reset <= 0)
		return undefined;
	return { limit: number('x-ratelimit-limit'), remaining: Math.floor(remaining), reset };
}

/** The pacer's key: base URL plus a SHA-256 of the credential type and identity (never the secret itself). */
export function pacingKey(baseUrl: string, credentialType: string, identity: string): string {
	const hash = createHash('sha256')
		.update(`${credentialType}\n${identity}`)
		.digest('hex')
		.slice(0, 24);
	return `${baseUrl}#${hash}`;
}

export class RatePacer {
	private readonly states = new Map<string, KeyState>();

	constructor(private readonly clock: PacerClock) {}

	/** Waits until a request may be sent under `key`, then counts it in flight. Pair with release(). */
	async acquire(key: string): Promise<void> {
		for (;;) {
			const state = this.state(key);
			const now = this.clock.now();
			if (this.available(state, now) > 0) {
				state.inFlight += 1;
				return;
			}
			if (state.inFlight > 0) {
				// An answer is on its way: it frees a place or brings a newer reading.
				await new Promise<void>((resolve) => state.waiters.push(resolve));
				continue;
			}
			const wait = (state.windowEnd ?? 0) * 1000 + PACING.resetMarginMs - now;
			const longest = PACING.maxWaitMs + PACING.resetMarginMs;
			await this.clock.sleep(Math.min(Math.max(wait, 1), longest));
			if (wait > longest) {
				// A reset further away than a window (clocks apart, or a bogus header): go on; a 429
				// would still be waited out by the caller.
				state.windowEnd = Math.floor(this.clock.now() / 1000);
			}
		}
	}

	/** Ends a request started with acquire(): reads the answer's rate-limit headers (if any). */
	release(key: string, headers?: IDataObject): void {
		const state = this.state(key);
		state.inFlight = Math.max(0, state.inFlight - 1);
		const reading = readRateLimitHeaders(headers);
		if (reading) this.observe(state, reading);
		const waiters = state.waiters.splice(0);
		for (const wake of waiters) wake();
		this.trim();
	}

	/** What the pacer knows of a key (for tests and benchmarks). */
	snapshot(
		key: string,
	):
		| { inFlight: number; remaining?: number; windowEnd?: number; limit?: number; waiting: number }
		| undefined {
		const state = this.states.get(key);
		if (!state) return undefined;
		const { inFlight, remaining, windowEnd, limit, waiters } = state;
		return { inFlight, remaining, windowEnd, limit, waiting: waiters.length };
	}

	/** Forgets every key. */
	clear(): void {
		this.states.clear();
	}

	private state(key: string): KeyState {
		let state = this.states.get(key);
		if (state) {
			// Most recently used last, for trim().
			this.states.delete(key);
		} else {
			state = { inFlight: 0, fullWindow: 0, waiters: [] };
		}
		this.states.set(key, state);
		return state;
	}

	/** Requests that may still start now. */
	private available(state: KeyState, now: number): number {
		if (state.windowEnd === undefined || state.remaining === undefined)
			return Number.POSITIVE_INFINITY;
		const windowOver = now >= state.windowEnd * 1000 + PACING.resetMarginMs;
		// A new window: as many calls as a full window was ever seen to have left (at least one,
		// so a key that only ever read 0 can still find out).
		const budget = windowOver ? Math.max(state.fullWindow, 1) : state.remaining;
		return budget - state.inFlight;
	}

	private observe(state: KeyState, reading: RateLimitReading): void {
		if (reading.limit !== undefined) state.limit = reading.limit;
		state.fullWindow = Math.max(state.fullWindow, reading.remaining);
		// A reset further away than one window cannot be true of Intercom's windows: cap it.
		const latest = Math.ceil((this.clock.now() + PACING.maxWaitMs) / 1000);
		const reset = Math.min(reading.reset, latest);
		if (state.windowEnd === undefined || state.remaining === undefined || reset > state.windowEnd) {
			state.windowEnd = reset;
			state.remaining = reading.remaining;
		} else if (reset === state.windowEnd) {
			// Answers may arrive out of order: the lowest count of a window is the latest.
			state.remaining = Math.min(state.remaining, reading.remaining);
		}
		// An answer from an earlier window tells nothing about the current one.
	}

	private trim(): void {
		if (this.states.size <= PACING.maxKeys) return;
		for (const [key, state] of this.states) {
			if (this.states.size <= PACING.maxKeys) break;
			if (state.inFlight === 0 && state.waiters.length === 0) this.states.delete(key);
		}
	}
}

/** The process-wide pacer the transport uses. */
export const pacer = new RatePacer({ now: () => Date.now(), sleep: async (ms) => await sleep(ms) });
