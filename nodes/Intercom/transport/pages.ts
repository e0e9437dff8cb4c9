import { createHash } from 'node:crypto';
import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { IntercomContext } from './request';

/**
 * How far a listing may go. Where the first page gives `total_count` (or `pages.total_pages`),
 * the pages it implies plus some extra for records added while listing; elsewhere `maxPages`.
 */
export const PAGE_BOUNDS = {
	/** Most pages one listing follows when Intercom gives no total. */
	maxPages: 10_000,
	/** Extra pages allowed beyond what the first page's totals imply: this share of them… */
	extraShare: 0.1,
	/** …and at least this many. */
	extraPages: 2,
};

const NOTHING_RETURNED = 'Nothing was returned to avoid a partial list';

const LOOP_ADVICE =
	'Return All follows every page Intercom gives. These pages would never have ended (or only with duplicates), so the node stopped rather than return an incomplete list. Try again; if it keeps happening, use a Limit, or report it to Intercom with the request named above.';

const MISSING_ADVICE =
	'Intercom answered a page of the list without its items, so the list could not be completed. Try again; if it keeps happening, report it to Intercom with the request named above.';

function listingError(ctx: IntercomContext, message: string, description: string): NodeApiError {
	const error = new NodeApiError(ctx.getNode(), { message } as JsonObject, {
		message,
		description,
	});
	// NodeApiError may swap the message for a generic text: keep ours.
	error.message = message;
	return error;
}

/** What a value is, for an error message (never its content). */
function kindOf(value: unknown): string {
	if (value === undefined || value === null || value === '') return 'nothing';
	if (Array.isArray(value)) return 'an array';
	return `a ${typeof value}`;
}

const plural = (n: number, word: string) =>
	`${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** A short, printable form of a cursor or page query for an error message. */
export function shown(value: string): string {
	return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/**
 * One listing's pages, as they arrive: the guard every page loop (cursor, page number, linked
 * pages, the company scroll) goes through, so Return All always ends.
 *
 * - `take(answer)` returns a page's items, or throws when the answer is not an object or has no
 *   array under the items key (or, without a key, no array at all): a page without its items
 *   is not the end of the list.
 * - A page after the first that adds no item not seen before (by `id`; items without one by the
 *   page's content) throws: the list is going round in circles.
 * - `ask(next)` before each further page throws when that cursor or page query was already used,
 *   or when the listing already has as many pages as the first page's totals allow
 *   (PAGE_BOUNDS), or PAGE_BOUNDS.maxPages without totals.
 *
 * Each error is a NodeApiError naming the request, the page and how far the listing got.
 */
export class PageWalk {
	/** Pages received so far. */
	pages = 0;

	/** Items received so far (duplicates included). */
	items = 0;

	private readonly asked = new Map<string, number>();

	private readonly ids = new Set<string>();

	private readonly contents = new Set<string>();

	private maxPages = PAGE_BOUNDS.maxPages;

	private bound = 'the most followed when Intercom gives no total';

	constructor(
		private readonly ctx: IntercomContext,
		/** The request, as `METHOD /path`. */
		private readonly request: string,
		/** The key of the page's array (dotted for a nested one: `data.articles`); undefined: the first array-valued key of the first page. */
		private itemsKey?: string,
	) {}

	private get progress(): string {
		return `after ${plural(this.pages, 'page')} and ${plural(this.items, 'item')}`;
	}

	private loopError(problem: string): NodeApiError {
		return listingError(
			this.ctx,
			`Intercom's pages did not end: ${problem} (${this.progress}). ${NOTHING_RETURNED}`,
			`${LOOP_ADVICE}\nRequest: ${this.request}`,
		);
	}

	/** The items of the page just received (the next page of this listing), checked. */
	take(answer: unknown): IDataObject[] {
		const page = this.pages + 1;
		const items = this.itemsOf(answer, page);
		if (page === 1) this.setBound(answer as IDataObject, items.length);
		if (!this.addsSomething(items) && page > 1) {
			throw this.loopError(
				`page ${page} of ${this.request} added no item that earlier pages had not given`,
			);
		}
		this.pages = page;
		this.items += items.length;
		return items;
	}

	/**
	 * Before asking for the next page. `next` names it (`the cursor "…"`, `the page query "…"`)
	 * and `key` identifies it; without them only the page bound is checked (the company scroll,
	 * whose scroll_param may stay the same on every page).
	 */
	ask(next?: { key: string; label: string }): void {
		const page = this.pages + 1;
		if (next) {
			const earlier = this.asked.get(next.key);
			if (earlier !== undefined) {
				throw this.loopError(
					`${this.request} gave ${next.label} for page ${page}, already used for page ${earlier}`,
				);
			}
			this.asked.set(next.key, page);
		}
		if (this.pages >= this.maxPages) {
			throw this.loopError(
				`${this.request} had more than ${plural(this.maxPages, 'page')}, ${this.bound}`,
			);
		}
	}

	/** The first request's query (cursor or page) counts as asked, so a page pointing back at it is caught. */
	first(key: string): void {
		this.asked.set(key, 1);
	}

	private itemsOf(answer: unknown, page: number): IDataObject[] {
		const missing = (what: string) =>
			listingError(
				this.ctx,
				`Intercom's answer is not a complete list: page ${page} of ${this.request} ${what} (${this.progress}). ${NOTHING_RETURNED}`,
				`${MISSING_ADVICE}\nRequest: ${this.request}`,
			);
		if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) {
			throw missing(`is not a JSON object (got ${kindOf(answer)})`);
		}
		const response = answer as IDataObject;
		if (this.itemsKey === undefined) {
			const key = Object.keys(response).find((name) => Array.isArray(response[name]));
			if (key === undefined) {
				const keys = Object.keys(response);
				throw missing(
					`has no array of items${keys.length ? ` (its fields: ${keys.slice(0, 10).join(', ')})` : ''}`,
				);
			}
			this.itemsKey = key;
		}
		// A dotted key reaches into nested objects: `data.internal_articles`.
		let items: unknown = response;
		for (const key of this.itemsKey.split('.')) {
			items =
				items !== null && typeof items === 'object' && !Array.isArray(items)
					? (items as IDataObject)[key]
					: undefined;
		}
		if (!Array.isArray(items)) {
			throw missing(`has no "${this.itemsKey}" array (got ${kindOf(items)})`);
		}
		return items as IDataObject[];
	}

	private setBound(response: IDataObject, pageSize: number): void {
		const total = Number(response.total_count);
		const pages = response.pages as IDataObject | null | undefined;
		const totalPages = Number(pages && typeof pages === 'object' ? pages.total_pages : undefined);
		let expected: number | undefined;
		if (pageSize > 0 && Number.isInteger(total) && total >= pageSize) {
			expected = Math.ceil(total / pageSize);
			this.bound = `although its first page said there were ${plural(total, 'item')}, ${pageSize} a page`;
		} else if (Number.isInteger(totalPages) && totalPages >= 1) {
			expected = totalPages;
			this.bound = `although its first page said there were ${plural(totalPages, 'page')}`;
		}
		if (expected !== undefined) {
			this.maxPages =
				expected + Math.max(PAGE_BOUNDS.extraPages, Math.ceil(expected * PAGE_BOUNDS.extraShare));
		}
	}

	/** Records the page's items; whether one of them is new (an empty page counts as new: it ends lists). */
	private addsSomething(items: IDataObject[]): boolean {
		if (!items.length) return true;
		let added = false;
		const anonymous: unknown[] = [];
		for (const item of items) {
			const id = item && typeof item === 'object' ? item.id : undefined;
			if ((typeof id === 'string' && id) || typeof id === 'number') {
				const key = String(id);
				if (!this.ids.has(key)) {
					this.ids.add(key);
					added = true;
				}
			} else {
				anonymous.push(item);
			}
		}
		if (anonymous.length) {
			const content = createHash('sha256').update(JSON.stringify(anonymous)).digest('hex');
			if (!this.contents.has(content)) {
				this.contents.add(content);
				added = true;
			}
		}
		return added;
	}
}
