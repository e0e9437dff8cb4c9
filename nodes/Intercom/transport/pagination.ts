import type { IDataObject } from 'n8n-workflow';

import { MAX_CURSOR_PAGE_SIZE, MAX_NUMBERED_PAGE_SIZE } from '../helpers/constants';
import type { ListResponse } from '../helpers/interfaces';
import { PageWalk, shown } from './pages';
import type { IntercomContext, IntercomRequestOptions } from './request';
import { intercomApiRequest } from './request';

/** The cursor of the next page (`pages.next.starting_after`), if there is one. */
export function nextCursor(response: ListResponse): string | undefined {
	const next = response.pages?.next;
	if (next && typeof next === 'object' && typeof next.starting_after === 'string' && next.starting_after) {
		return next.starting_after;
	}
	return undefined;
}

/** Turns one page's items into what the operation returns (e.g. Simplify), page by page. */
export type PageMapper = (items: IDataObject[]) => IDataObject[];

/**
 * Follows Intercom's cursors (`pages.next.starting_after`): asks each page for what is still
 * missing (up to `maxPageSize`) and stops at the last page, an empty page, or once the limit is
 * reached. Only the items are kept (mapped by `mapItems` as each page arrives), never a page's
 * whole answer: Return All holds the result and one page at a time. A repeated cursor, a page
 * with nothing new, a page without its items or more pages than Intercom's totals allow end the
 * listing with an error (see PageWalk).
 */
async function collectCursorPages(
	ctx: IntercomContext,
	request: string,
	fetchPage: (perPage: number, cursor: string | undefined) => Promise<ListResponse>,
	itemsKey: string | undefined,
	limit: number | undefined,
	maxPageSize: number,
	mapItems?: PageMapper,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	const walk = new PageWalk(ctx, request, itemsKey);
	let cursor: string | undefined;
	for (;;) {
		const perPage = limit === undefined ? maxPageSize : Math.min(limit - results.length, maxPageSize);
		const response = await fetchPage(perPage, cursor);
		let items = walk.take(response);
		const next = items.length ? nextCursor(response) : undefined;
		if (limit !== undefined) items = items.slice(0, limit - results.length);
		for (const item of mapItems ? mapItems(items) : items) results.push(item);
		if (!next || (limit !== undefined && results.length >= limit)) break;
		walk.ask({ key: next, label: `the cursor "${shown(next)}"` });
		cursor = next;
	}
	return results;
}

/** Query-cursor lists (`GET /contacts`, `GET /conversations`): `per_page` and `starting_after` in the query. */
export async function intercomCursorList(
	this: IntercomContext,
	endpoint: string,
	itemsKey: string,
	limit: number | undefined,
	qs: IDataObject = {},
	maxPageSize = MAX_CURSOR_PAGE_SIZE,
	mapItems?: PageMapper,
): Promise<IDataObject[]> {
	return await collectCursorPages(
		this,
		`GET ${endpoint}`,
		async (perPage, cursor) =>
			(await intercomApiRequest.call(this, 'GET', endpoint, undefined, {
				...qs,
				per_page: perPage,
				...(cursor ? { starting_after: cursor } : {}),
			})) as ListResponse,
		itemsKey,
		limit,
		maxPageSize,
		mapItems,
	);
}

/**
 * Any query-cursor list, as given (no page size is added): follows `pages.next.starting_after`
 * to the end and returns the items of each page's first array (data, conversations, tickets…).
 */
export async function intercomAnyCursorList(
	this: IntercomContext,
	endpoint: string,
	qs: IDataObject = {},
	requestOptions: IntercomRequestOptions = {},
): Promise<IDataObject[]> {
	return await collectCursorPages(
		this,
		`GET ${endpoint}`,
		async (_perPage, cursor) =>
			(await intercomApiRequest.call(
				this,
				'GET',
				endpoint,
				undefined,
				{ ...qs, ...(cursor ? { starting_after: cursor } : {}) },
				requestOptions,
			)) as ListResponse,
		undefined,
		undefined,
		MAX_CURSOR_PAGE_SIZE,
	);
}

/** Search endpoints (`POST /contacts/search` …): the cursor goes in the body's `pagination`. */
export async function intercomSearch(
	this: IntercomContext,
	endpoint: string,
	itemsKey: string,
	body: IDataObject,
	limit: number | undefined,
	maxPageSize = MAX_CURSOR_PAGE_SIZE,
	mapItems?: PageMapper,
): Promise<IDataObject[]> {
	return await collectCursorPages(
		this,
		`POST ${endpoint}`,
		async (perPage, cursor) =>
			(await intercomApiRequest.call(
				this,
				'POST',
				endpoint,
				{ ...body, pagination: { per_page: perPage, ...(cursor ? { starting_after: cursor } : {}) } },
				undefined,
				{ idempotent: true },
			)) as ListResponse,
		itemsKey,
		limit,
		maxPageSize,
		mapItems,
	);
}

/**
 * Page-numbered lists (`GET /companies` …). The page size stays fixed across pages (changing it
 * would shift the offsets), so with a limit it is `min(limit, max)` and the last page is trimmed.
 */
export async function intercomPagedList(
	this: IntercomContext,
	method: 'GET' | 'POST',
	endpoint: string,
	itemsKey: string,
	limit: number | undefined,
	qs: IDataObject = {},
	maxPageSize = MAX_NUMBERED_PAGE_SIZE,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	const walk = new PageWalk(this, `${method} ${endpoint}`, itemsKey);
	const perPage = limit === undefined ? maxPageSize : Math.min(limit, maxPageSize);
	for (let page = 1; ; page++) {
		// Page numbers never repeat: only the bound on the number of pages applies.
		if (page > 1) walk.ask();
		const response = (await intercomApiRequest.call(
			this,
			method,
			endpoint,
			undefined,
			{ ...qs, page, per_page: perPage },
			{ idempotent: true },
		)) as ListResponse;
		const items = walk.take(response);
		results.push(...items);
		// A short page is the last one. Without total_pages a full page may have more behind it:
		// ask for the next one (an empty page ends the list) rather than cut the list short.
		const totalPages = response.pages?.total_pages;
		if (items.length < perPage) break;
		if (totalPages !== undefined && totalPages !== null && page >= Number(totalPages)) break;
		if (limit !== undefined && results.length >= limit) break;
	}
	return limit === undefined ? results : results.slice(0, limit);
}

/**
 * Lists Intercom returns whole in one answer (a contact's tags, segments, subscriptions…).
 * The limit trims that answer; there is nothing further to fetch.
 */
export async function intercomWholeList(
	this: IntercomContext,
	endpoint: string,
	itemsKeys: string[],
	limit: number | undefined,
	qs?: IDataObject,
): Promise<IDataObject[]> {
	const response = (await intercomApiRequest.call(this, 'GET', endpoint, undefined, qs)) as ListResponse;
	const key = itemsKeys.find((k) => Array.isArray(response?.[k])) ?? itemsKeys[0];
	// One page, checked like any other: an answer without its array is an error, not an empty list.
	const items = new PageWalk(this, `GET ${endpoint}`, key).take(response);
	return limit === undefined ? items : items.slice(0, limit);
}

/**
 * The query of the next page, from whatever form `pages.next` takes: a link (its query string;
 * the endpoint stays ours, so the credential's host is kept), a `starting_after` cursor, or
 * else `page`/`total_pages` numbers. Undefined when this was the last page.
 */
export function nextPageQuery(response: ListResponse, current: IDataObject): IDataObject | undefined {
	const pages = response?.pages;
	if (!pages || typeof pages !== 'object') return undefined;
	const next = pages.next;
	if (typeof next === 'string' && next.trim()) {
		let url: URL;
		try {
			url = new URL(next, 'https://api.intercom.io');
		} catch {
			return undefined;
		}
		const query: IDataObject = {};
		url.searchParams.forEach((value, key) => {
			query[key] = value;
		});
		return query;
	}
	const cursor = nextCursor(response);
	if (cursor) return { ...current, starting_after: cursor };
	const page = Number(pages.page);
	const totalPages = Number(pages.total_pages);
	if (Number.isInteger(page) && page >= 1 && totalPages > page) return { ...current, page: page + 1 };
	return undefined;
}

const queryValue = (value: unknown) =>
	value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * A query as a stable key: names sorted, values as text (a page number from `pages.page` and the
 * same one read from a `pages.next` link are the same page).
 */
function queryKey(query: IDataObject): string {
	return JSON.stringify(Object.keys(query).sort().map((name) => [name, queryValue(query[name])]));
}

/** A query as text for messages (`page=2&per_page=50`). */
function queryText(query: IDataObject): string {
	return Object.keys(query)
		.map((name) => `${name}=${queryValue(query[name])}`)
		.join('&');
}

/**
 * GET lists that say in `pages` where the next page is (notes, activity logs, data events):
 * follows `pages.next` (see nextPageQuery) until the last page, an empty page, or the limit.
 * A page pointing back at a page already asked for is an error, like the other page loops'
 * (see PageWalk).
 */
export async function intercomLinkedList(
	this: IntercomContext,
	endpoint: string,
	itemsKey: string,
	limit: number | undefined,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	const walk = new PageWalk(this, `GET ${endpoint}`, itemsKey);
	walk.first(queryKey(qs));
	let query: IDataObject = qs;
	for (;;) {
		const response = (await intercomApiRequest.call(this, 'GET', endpoint, undefined, query)) as ListResponse;
		const items = walk.take(response);
		results.push(...items);
		if (!items.length || (limit !== undefined && results.length >= limit)) break;
		const next = nextPageQuery(response, query);
		if (!next) break;
		walk.ask({ key: queryKey(next), label: `the page query "${shown(queryText(next))}"` });
		query = next;
	}
	return limit === undefined ? results : results.slice(0, limit);
}
