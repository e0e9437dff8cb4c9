import type { Candidate, PollState } from '../../../nodes/IntercomPollingTrigger/pollState';
import {
	MAX_SEEN,
	selectNew,
	stateFor,
	windowStart,
} from '../../../nodes/IntercomPollingTrigger/pollState';

const OPTIONS = { overlapSeconds: 600, maxItems: 100 };
const c = (id: string, at: number): Candidate<{ id: string }> => ({ id, at, record: { id } });
const ids = (list: Array<Candidate<{ id: string }>>) => list.map((x) => `${x.id}@${x.at}`);

/** Polls `rounds` of candidates one after another; returns every emission and the last state. */
function polls(
	start: PollState,
	rounds: Array<Array<Candidate<{ id: string }>>>,
	options = OPTIONS,
) {
	let state = start;
	const emitted: string[][] = [];
	for (const round of rounds) {
		const { emit, next } = selectNew(state, round, options);
		emitted.push(ids(emit));
		state = next;
	}
	return { emitted, state };
}

describe('poll state', () => {
	const fresh = () => stateFor(undefined, 'contact.updated', 1000);

	it('starts at the given moment: nothing older is emitted, even inside the overlap window', () => {
		const { emitted } = polls(fresh(), [[c('old', 999), c('new', 1000), c('newer', 1005)]]);
		expect(emitted).toEqual([['new@1000', 'newer@1005']]);
	});

	it('keeps a stored state for the same selection; another selection or a malformed one starts afresh', () => {
		const stored: PollState = { v: 1, selection: 'a', floor: 1, mark: 50, seen: { 'x@50': 50 } };
		expect(stateFor(stored, 'a', 1000)).toBe(stored);
		expect(stateFor(stored, 'b', 1000)).toEqual({
			v: 1,
			selection: 'b',
			floor: 1000,
			mark: 1000,
			seen: {},
		});
		expect(stateFor({ ...stored, mark: 'x' }, 'a', 7).mark).toBe(7);
		expect(stateFor(null, 'a', 7).mark).toBe(7);
	});

	it('emits oldest first, each key once, and a repeated candidate once', () => {
		const { emitted, state } = polls(fresh(), [
			[c('b', 1010), c('a', 1002), c('a', 1002), c('c', 1010)],
			[c('b', 1010), c('a', 1002), c('c', 1010)],
		]);
		expect(emitted).toEqual([['a@1002', 'b@1010', 'c@1010'], []]);
		expect(state.mark).toBe(1010);
	});

	it('a record changed in the same second as the mark after the previous poll is emitted, not the ones already seen', () => {
		const { emitted } = polls(fresh(), [[c('a', 1010)], [c('a', 1010), c('b', 1010)]]);
		expect(emitted).toEqual([['a@1010'], ['b@1010']]);
	});

	it('a record that becomes visible late but inside the overlap is emitted; one older than the overlap is not', () => {
		const { emitted } = polls(fresh(), [
			[c('a', 2000)],
			// 'late' changed at 1500 (within 600 s of the mark 2000), visible only now; 'lost' at 1300.
			[c('a', 2000), c('late', 1500), c('lost', 1300)],
		]);
		expect(emitted).toEqual([['a@2000'], ['late@1500']]);
	});

	it('a record changed again is emitted again (a new key); two changes between polls come once, as the record is now', () => {
		const { emitted } = polls(fresh(), [[c('a', 1001)], [c('a', 1003)], [c('a', 1003)]]);
		expect(emitted).toEqual([['a@1001'], ['a@1003'], []]);
	});

	it('Max Items per poll: the rest comes in the next polls, in order, nothing lost or twice', () => {
		const burst = Array.from({ length: 250 }, (_, k) =>
			c(`r${String(k).padStart(3, '0')}`, 1000 + Math.floor(k / 7)),
		);
		const { emitted } = polls(fresh(), [burst, burst, burst, burst], { ...OPTIONS, maxItems: 100 });
		expect(emitted.map((e) => e.length)).toEqual([100, 100, 50, 0]);
		const all = emitted.flat();
		expect(new Set(all).size).toBe(250);
		expect(all).toEqual(ids([...burst].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))));
	});

	it('the window follows the mark; seen keys below it are dropped, so the state stays small', () => {
		const { state } = polls(fresh(), [[c('a', 1000)], [c('b', 1700)], [c('c', 2400)]]);
		expect(windowStart(state, 600)).toBe(1800);
		expect(state.seen).toEqual({ 'c@2400': 2400 });
	});

	it('an empty poll leaves the state as it was (the same object: nothing to save)', () => {
		const start = fresh();
		const { next, emit } = selectNew(start, [c('old', 10)], OPTIONS);
		expect(emit).toEqual([]);
		expect(next).toBe(start);
	});

	it('a burst larger than the bound keeps the newest keys', () => {
		const burst = Array.from({ length: MAX_SEEN + 10 }, (_, k) => c(`r${k}`, 1000 + k));
		const { state } = polls(fresh(), [burst], { overlapSeconds: 10 ** 9, maxItems: 10 ** 9 });
		expect(Object.keys(state.seen)).toHaveLength(MAX_SEEN);
		expect(state.seen[`r${MAX_SEEN + 9}@${1000 + MAX_SEEN + 9}`]).toBe(1000 + MAX_SEEN + 9);
		expect(state.seen['r0@1000']).toBeUndefined();
	});

	it('a check with no backlog records when it started; the window then reaches back only the overlap from there', () => {
		const options = { overlapSeconds: 600, maxItems: 2 };
		// A burst of 3 at 1010: the first check leaves one behind, so `checked` is not set yet.
		let { next } = selectNew(fresh(), [c('a', 1010), c('b', 1010), c('c', 1010)], {
			...options,
			checkedAt: 1020,
		});
		expect(next.checked).toBeUndefined();
		expect(windowStart(next, 600)).toBe(1000);
		({ next } = selectNew(next, [c('a', 1010), c('b', 1010), c('c', 1010)], {
			...options,
			checkedAt: 1080,
		}));
		expect(next.checked).toBe(1080);
		// Quiet: an empty check moves `checked` (a new object, kept in memory), and the window with it.
		const quiet = selectNew(next, [], { ...options, checkedAt: 3000 }).next;
		expect(quiet).not.toBe(next);
		expect(quiet.checked).toBe(3000);
		expect(windowStart(quiet, 600)).toBe(2400);
		// A record search showed late, changed within the overlap before the quiet check, is still read.
		const late = selectNew(quiet, [c('late', 2500)], { ...options, checkedAt: 3060 });
		expect(ids(late.emit)).toEqual(['late@2500']);
		// Without checkedAt nothing moves.
		expect(selectNew(quiet, [], options).next).toBe(quiet);
	});

	it('a stored state with a malformed checked starts afresh', () => {
		const stored = { v: 1, selection: 'a', floor: 1, mark: 50, seen: {}, checked: 'x' };
		expect(stateFor(stored, 'a', 1000).mark).toBe(1000);
	});

	it('a candidate without a usable timestamp is left out', () => {
		const { emitted } = polls(fresh(), [[c('nan', Number.NaN), c('ok', 1001)]]);
		expect(emitted).toEqual([['ok@1001']]);
	});
});
