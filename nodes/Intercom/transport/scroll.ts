import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { PageWalk } from './pages';
import type { IntercomContext } from './request';
import { intercomApiRequest } from './request';

/** How often a company scroll is started again after Intercom failed in the middle of it. */
export const SCROLL = { maxRestarts: 3 };

const SCROLL_ENDPOINT = '/companies/scroll';

function statusOf(error: NodeApiError): number {
	return Number(error.httpCode ?? 0);
}

function codesOf(error: NodeApiError): string[] {
	const codes = error.context?.intercomErrorCodes;
	return Array.isArray(codes) ? (codes as string[]) : [];
}

/** Intercom's answer when the app already has a scroll open (400 `scroll_exists`). */
export function isScrollInUse(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	return (
		codesOf(error).includes('scroll_exists') ||
		(statusOf(error) === 400 && /scroll already exists/i.test(error.message))
	);
}

/** A failure after which Intercom says to start the scroll again: a 5xx, or no answer at all. */
function needsRestart(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	return statusOf(error) >= 500 || error.context?.networkErrorCode !== undefined;
}

/** Adds what went wrong with the scroll to the transport's error. */
function explainScrollFailure(error: unknown, restarts: number): void {
	if (!(error instanceof NodeApiError)) return;
	if (isScrollInUse(error)) {
		error.message =
			'Intercom refused to open a company scroll: another scroll is already open for this app';
		error.description = [
			'Intercom allows one company scroll per app at a time; an unused scroll expires after a minute.',
			'Wait a minute and run again, and avoid running two workflows that list all companies at once. With Return All off, a Limit up to 10,000 uses page listing instead.',
			error.description ?? '',
		].join('\n');
	} else if (needsRestart(error)) {
		error.description = `The company scroll was started again ${restarts} time(s) after Intercom failed mid-scroll, without success.\n${error.description ?? ''}`;
	}
}

/** One scroll at a time per run of the node: items listing all companies in parallel take turns. */
const scrollTurns = new WeakMap<IntercomContext, Promise<unknown>>();

async function inTurn<T>(ctx: IntercomContext, fn: () => Promise<T>): Promise<T> {
	const run = (scrollTurns.get(ctx) ?? Promise.resolve()).then(fn);
	// The next scroll waits for this one to end, whether it succeeds or fails.
	scrollTurns.set(
		ctx,
		run.catch(() => undefined),
	);
	return await run;
}

/** A company scroll: see listCompaniesByScroll. */
export interface CompanyScrollOptions {
	/** Most companies to return; undefined returns every company (Return All, see limitOf). */
	limit?: number;
}

/**
 * Every company (or the first `limit`) through Intercom's scroll API (`GET /companies/scroll`),
 * which, unlike page listing, is not capped at 10,000 companies.
 *
 * - The first call has no `scroll_param`; each answer gives the one for the next call; an empty
 *   `data` ends the scroll.
 * - Scroll calls are not retried by the transport: after a 5xx (Intercom: "Please restart the
 *   scroll operation") or a lost connection the scroll_param is dead, so the scroll starts again
 *   from the beginning, up to SCROLL.maxRestarts times. Companies already returned are skipped
 *   by their `id`, so a restart never emits a duplicate.
 * - Each scroll (each restart anew) is guarded like the other page loops (PageWalk): a page adding
 *   no company that scroll had not given, a page without its `data` array, or more pages than its
 *   first page's `total_count` allows (10,000 without one) end the listing with an error. The
 *   scroll_param itself may stay the same from page to page, so its repetition is no error.
 * - An app has one scroll at a time: Intercom's `scroll_exists` answer becomes a clear error.
 */
export async function listCompaniesByScroll(
	this: IntercomContext,
	{ limit }: CompanyScrollOptions = {},
): Promise<IDataObject[]> {
	return await inTurn(this, async () => await scrollCompanies(this, limit));
}

async function scrollCompanies(
	ctx: IntercomContext,
	limit: number | undefined,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	const seen = new Set<string>();
	let restarts = 0;
	let scrollParam: string | undefined;
	// Companies seen again after a restart are expected: "nothing new" is judged within one scroll.
	let walk = new PageWalk(ctx, `GET ${SCROLL_ENDPOINT}`, 'data');
	for (;;) {
		let response: IDataObject;
		try {
			response = await intercomApiRequest.call(
				ctx,
				'GET',
				SCROLL_ENDPOINT,
				undefined,
				scrollParam ? { scroll_param: scrollParam } : undefined,
				{ idempotent: false },
			);
		} catch (error) {
			if (needsRestart(error) && restarts < SCROLL.maxRestarts) {
				restarts++;
				scrollParam = undefined;
				walk = new PageWalk(ctx, `GET ${SCROLL_ENDPOINT}`, 'data');
				continue;
			}
			explainScrollFailure(error, restarts);
			// The transport's NodeApiError passes through unchanged (the constructor returns it as is).
			throw new NodeApiError(ctx.getNode(), error as JsonObject);
		}
		const page = walk.take(response);
		if (!page.length) break;
		for (const company of page) {
			const id = String(company.id ?? '');
			if (id && seen.has(id)) continue;
			if (id) seen.add(id);
			results.push(company);
			if (limit !== undefined && results.length >= limit) return results;
		}
		const next = response.scroll_param;
		if (typeof next !== 'string' || !next) break;
		walk.ask();
		scrollParam = next;
	}
	return results;
}
