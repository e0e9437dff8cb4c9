/**
 * What a polling trigger remembers between polls, and which records a poll emits. Pure: no
 * requests, no clock (the caller passes `now`), so every rule below is tested directly.
 *
 * A record's event has a timestamp in whole seconds (e.g. `updated_at` for "Updated Contact",
 * `created_at` for "New Contact"). The state holds:
 * - `floor`: nothing older is ever emitted (first activation: its moment; or Start From);
 * - `mark`: the newest event timestamp emitted so far (the high-water mark);
 * - `seen`: the `id@timestamp` keys emitted within the overlap window below the mark.
 *
 * Each poll asks Intercom for every record whose timestamp is at or after `mark - overlap` (the
 * window), and emits those whose key it has not seen, oldest first, at most `maxItems`. So:
 * - a record changed in the same second as the mark, after the last poll read that second, is
 *   emitted (its key is new), and one already emitted is not (its key is seen);
 * - a record that becomes visible in search late, but within the overlap, is emitted;
 * - a record changed again gets a new key and is emitted again (one emission per change seen;
 *   changes between two polls coalesce into one, with the record as it is now);
 * - a poll cut short by `maxItems` leaves the rest at or after the new mark: the next poll emits
 *   them; nothing between is skipped because emission is oldest first.
 * - `checked`: when the last check that left nothing behind (no backlog) started. A record that
 *   search shows late shows within the overlap of the moment it changed, so one that was not visible
 *   then changed after `checked - overlap`: the window need not reach further back than that. So
 *   once a workspace is quiet for the overlap, a check reads only what is new (one request), however
 *   many records the last burst had.
 * `seen` only keeps keys inside the window, and at most MAX_SEEN of them, so the state stays small.
 */

export interface PollState {
	/** The state's shape, for later changes. */
	v: 1;
	/** What the state is for (event and filters): another selection starts afresh. */
	selection: string;
	floor: number;
	mark: number;
	/** `id@timestamp` → timestamp. */
	seen: Record<string, number>;
	/** When the last check that left no backlog started (Unix seconds); absent before one. */
	checked?: number;
}

export interface Candidate<R> {
	id: string;
	/** The event's timestamp, Unix seconds. */
	at: number;
	record: R;
}

/** The most keys the state keeps (a burst larger than this within one overlap window is cut). */
export const MAX_SEEN = 5000;

const keyOf = (c: { id: string; at: number }) => `${c.id}@${c.at}`;

/**
 * The state to poll with: the stored one when it is for the same selection (and well formed), else
 * a fresh one starting at `start` (now, or the Start From date).
 */
export function stateFor(stored: unknown, selection: string, start: number): PollState {
	const s = stored as Partial<PollState> | undefined;
	if (
		s &&
		s.v === 1 &&
		s.selection === selection &&
		Number.isFinite(s.floor) &&
		Number.isFinite(s.mark) &&
		s.seen &&
		typeof s.seen === 'object' &&
		(s.checked === undefined || Number.isFinite(s.checked))
	) {
		return s as PollState;
	}
	return { v: 1, selection, floor: start, mark: start, seen: {} };
}

/**
 * The oldest event timestamp a poll must read: the overlap window below the mark, or below the last
 * check without backlog when that is later; never below the floor.
 */
export function windowStart(state: PollState, overlapSeconds: number): number {
	return Math.max(
		state.floor,
		state.mark - overlapSeconds,
		(state.checked ?? Number.NEGATIVE_INFINITY) - overlapSeconds,
	);
}

/**
 * The records a poll emits (oldest first, at most `maxItems`) and the state after them. Candidates
 * may come in any order and repeat; those before the window or already emitted are left out.
 */
export function selectNew<R>(
	state: PollState,
	candidates: Array<Candidate<R>>,
	options: {
		overlapSeconds: number;
		maxItems: number;
		/**
		 * When this check started (Unix seconds), after it read every candidate of its window; kept
		 * as `checked` when the check leaves no backlog. Without it the state's `checked` stays.
		 */
		checkedAt?: number;
	},
): { emit: Array<Candidate<R>>; next: PollState } {
	const from = windowStart(state, options.overlapSeconds);
	const fresh = new Map<string, Candidate<R>>();
	for (const c of candidates) {
		if (!Number.isFinite(c.at) || c.at < from) continue;
		const key = keyOf(c);
		if (Object.hasOwn(state.seen, key) || fresh.has(key)) continue;
		fresh.set(key, c);
	}
	const ordered = [...fresh.values()].sort((a, b) =>
		a.at !== b.at ? a.at - b.at : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
	);
	const emit = ordered.slice(0, Math.max(0, Math.floor(options.maxItems)));
	const checked =
		options.checkedAt !== undefined && emit.length === ordered.length
			? Math.max(state.checked ?? options.checkedAt, options.checkedAt)
			: state.checked;
	if (!emit.length) {
		return { emit, next: checked === state.checked ? state : { ...state, checked } };
	}
	const mark = Math.max(state.mark, emit[emit.length - 1].at);
	const keep = windowStart({ ...state, mark, checked }, options.overlapSeconds);
	const entries = Object.entries(state.seen).filter(([, at]) => at >= keep);
	for (const c of emit) entries.push([keyOf(c), c.at]);
	// Newest kept when a burst overflows the bound.
	entries.sort((a, b) => b[1] - a[1]);
	const seen: Record<string, number> = {};
	for (const [key, at] of entries.slice(0, MAX_SEEN)) seen[key] = at;
	return {
		emit,
		next: { ...state, mark, seen, ...(checked !== undefined ? { checked } : {}) },
	};
}
