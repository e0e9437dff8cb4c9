import type { IDataObject } from 'n8n-workflow';

import { MAX_CURSOR_PAGE_SIZE, MAX_NUMBERED_PAGE_SIZE } from '../helpers/constants';
import type { ListResponse } from '../helpers/interfaces';
import { PageWalk, shown } from './pages';
import type { IntercomContext, IntercomRequestOptions } from './request';
import { intercomApiRequest } from './request';

/** The cursor of the next page (`pages.next.starting_after`), if there is one. */
export function nextCursor(response: ListResponse): string | undefined {
	const next = response.pages?.next;
	if (
		next &&
		typeof next === 'object' &&
		typeof next.starting_after === 'string' &&
		next.starting_after
	) {
		return next.starting_after;
	}
	return undefined;
}

/** Turns one page's items into what the operation returns (e.g. Simplify), page by page. */
export type PageMapper = (items: IDataObject[]) => IDataObject[];

/** What every list helper is told: where the list is and how much of it to return. */
export interface ListOptions {
	/** The endpoint's path on the credential's host, built with apiPath (`/contacts`). */
	path: string;
	/** Most items to return; undefined returns every item (Return All, see limitOf). */
	limit?: number;
}

/** A query-cursor list (`GET /contacts`, `GET /conversations`): see listByQueryCursor. */
export interface QueryCursorListOptions extends ListOptions {
	/** The key of each page's array of items (`data`, `conversations`…). */
	itemsKey: string;
	/** Query parameters sent with every page (`per_page` and `starting_after` are added). */
	query?: IDataObject;
	/** Largest `per_page` the endpoint accepts (default MAX_CURSOR_PAGE_SIZE). */
	maxPageSize?: number;
	/** Maps each page's items as it arrives (e.g. Simplify); default: kept as they are. */
	mapPage?: PageMapper;
}

/** Any query-cursor list, followed to its end: see listAllByQueryCursor. */
export interface AllByQueryCursorListOptions {
	/** The endpoint's path on the credential's host. */
	path: string;
	/** Query parameters sent with every page, as given (`starting_after` is added). */
	query?: IDataObject;
	/** How each page is requested (e.g. `timeoutMs`). */
	requestOptions?: IntercomRequestOptions;
}

/** A search (`POST /contacts/search` …): see listBySearchCursor. */
export interface SearchCursorListOptions extends ListOptions {
	/** The key of each page's array of items (`data`, `conversations`, `tickets`). */
	itemsKey: string;
	/** The search body (`query`, `sort`); its `pagination` is set page by page. */
	body: IDataObject;
	/** Largest `per_page` the endpoint accepts (default MAX_CURSOR_PAGE_SIZE). */
	maxPageSize?: number;
	/** Maps each page's items as it arrives (e.g. Simplify); default: kept as they are. */
	mapPage?: PageMapper;
	/** Whether a page (as it came) is the last one needed: no further page is asked for. */
	lastPage?: (items: IDataObject[]) => boolean;
}

/** A list with its cursor at the top of each page: see listByNextCursor. */
export interface NextCursorListOptions extends ListOptions {
	/** The key of each page's array of items. */
	itemsKey: string;
	/** Query parameters sent with every page (`per_page` and `cursor` are added). */
	query?: IDataObject;
	/** Largest `per_page` the endpoint accepts. */
	maxPageSize: number;
}

/** A page-numbered list (`GET /companies`, `POST /companies/list`): see listByPageNumber. */
export interface PageNumberListOptions extends ListOptions {
	/** The list's method: `POST /companies/list` lists with a POST that only reads. */
	method: 'GET' | 'POST';
	/** The key of each page's array of items. */
	itemsKey: string;
	/** Query parameters sent with every page (`page` and `per_page` are added). */
	query?: IDataObject;
	/** Largest `per_page` the endpoint accepts (default MAX_NUMBERED_PAGE_SIZE). */
	maxPageSize?: number;
}

/** A list Intercom returns whole in one answer: see listUnpaged. */
export interface UnpagedListOptions extends ListOptions {
	/** Keys the array of items may be under, in order of preference (an answer with none is an error). */
	itemsKeys: string[];
	/** Query parameters of the request. */
	query?: IDataObject;
}

/** A list whose `pages.next` says where the next page is: see listByPagesNext. */
export interface PagesNextListOptions extends ListOptions {
	/** The key of each page's array of items (`data`, `events`, `activity_logs`…). */
	itemsKey: string;
	/** Query parameters of the first page (later pages use the query `pages.next` gives). */
	query?: IDataObject;
}

/** How collectCursorPages walks one cursor-paginated list. */
interface CursorWalk {
	/** The request, as `METHOD /path`, for error messages. */
	request: string;
	/** Asks for one page of up to `perPage` items after `cursor` (the first page without one). */
	fetchPage: (perPage: number, cursor: string | undefined) => Promise<ListResponse>;
	/** The key of each page's array; undefined: the first array-valued key of the first page. */
	itemsKey?: string;
	/** Most items to return; undefined returns every item. */
	limit?: number;
	/** Largest page size to ask for. */
	maxPageSize: number;
	/** Maps each page's items as it arrives. */
	mapPage?: PageMapper;
	/** Whether a page (as it came) is the last one needed. */
	lastPage?: (items: IDataObject[]) => boolean;
}

/**
 * Follows Intercom's cursors (`pages.next.starting_after`): asks each page for what is still
 * missing (up to `maxPageSize`) and stops at the last page, an empty page, or once the limit is
 * reached. Only the items are kept (mapped by `mapPage` as each page arrives), never a page's
 * whole answer: Return All holds the result and one page at a time. A repeated cursor, a page
 * with nothing new, a page without its items or more pages than Intercom's totals allow end the
 * listing with an error (see PageWalk).
 */
async function collectCursorPages(
	ctx: IntercomContext,
	{ request, fetchPage, itemsKey, limit, maxPageSize, mapPage, lastPage }: CursorWalk,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	const walk = new PageWalk(ctx, request, itemsKey);
	let cursor: string | undefined;
	for (;;) {
		const perPage =
			limit === undefined ? maxPageSize : Math.min(limit - results.length, maxPageSize);
		const response = await fetchPage(perPage, cursor);
		let items = walk.take(response);
		const next = items.length && !lastPage?.(items) ? nextCursor(response) : undefined;
		if (limit !== undefined) items = items.slice(0, limit - results.length);
		for (const item of mapPage ? mapPage(items) : items) results.push(item);
		if (!next || (limit !== undefined && results.length >= limit)) break;
		walk.ask({ key: next, label: `the cursor "${shown(next)}"` });
		cursor = next;
	}
	return results;
}

/**
 * GET lists with the cursor in the query (`GET /contacts`, `GET /conversations`): `per_page` and
 * `starting_after` go in the query, `pages.next.starting_after` gives the next cursor.
 */
export async function listByQueryCursor(
	this: IntercomContext,
	{
		path,
		itemsKey,
		limit,
		query = {},
		maxPageSize = MAX_CURSOR_PAGE_SIZE,
		mapPage,
	}: QueryCursorListOptions,
): Promise<IDataObject[]> {
	return await collectCursorPages(this, {
		request: `GET ${path}`,
		fetchPage: async (perPage, cursor) =>
			await (intercomApiRequest<ListResponse>).call(this, 'GET', path, undefined, {
				...query,
				per_page: perPage,
				...(cursor ? { starting_after: cursor } : {}),
			}),
		itemsKey,
		limit,
		maxPageSize,
		mapPage,
	});
}

/**
 * Any GET list with the cursor in the query, as given (no page size is added, no limit): follows
 * `pages.next.starting_after` to the end and returns the items of each page's first array (data,
 * conversations, tickets…). The Raw Request's Return All.
 */
export async function listAllByQueryCursor(
	this: IntercomContext,
	{ path, query = {}, requestOptions = {} }: AllByQueryCursorListOptions,
): Promise<IDataObject[]> {
	return await collectCursorPages(this, {
		request: `GET ${path}`,
		fetchPage: async (_perPage, cursor) =>
			await (intercomApiRequest<ListResponse>).call(
				this,
				'GET',
				path,
				undefined,
				{ ...query, ...(cursor ? { starting_after: cursor } : {}) },
				requestOptions,
			),
		maxPageSize: MAX_CURSOR_PAGE_SIZE,
	});
}

/**
 * Searches (`POST /contacts/search` …): the cursor goes in the body's `pagination`
 * (`per_page`, `starting_after`); a search only reads, so its POSTs are retried like GETs.
 */
export async function listBySearchCursor(
	this: IntercomContext,
	{
		path,
		itemsKey,
		body,
		limit,
		maxPageSize = MAX_CURSOR_PAGE_SIZE,
		mapPage,
		lastPage,
	}: SearchCursorListOptions,
): Promise<IDataObject[]> {
	return await collectCursorPages(this, {
		request: `POST ${path}`,
		fetchPage: async (perPage, cursor) =>
			await (intercomApiRequest<ListResponse>).call(
				this,
				'POST',
				path,
				{
					...body,
					pagination: { per_page: perPage, ...(cursor ? { starting_after: cursor } : {}) },
				},
				undefined,
				{ idempotent: true },
			),
		itemsKey,
		limit,
		maxPageSize,
		mapPage,
		lastPage,
	});
}

/**
 * GET lists whose pages give the next cursor at the top (`next_cursor`, with `has_more`), sent
 * back as the `cursor` query parameter (a contact's merge history): each page asks for what is
 * still missing (up to `maxPageSize`); the last page has no `next_cursor` or `has_more: false`.
 */
export async function listByNextCursor(
	this: IntercomContext,
	{ path, itemsKey, limit, query = {}, maxPageSize }: NextCursorListOptions,
): Promise<IDataObject[]> {
	return await collectCursorPages(this, {
		request: `GET ${path}`,
		fetchPage: async (perPage, cursor) => {
			const response = await (intercomApiRequest<ListResponse>).call(this, 'GET', path, undefined, {
				...query,
				per_page: perPage,
				...(cursor ? { cursor } : {}),
			});
			// Read like the other cursor lists: the next cursor as `pages.next.starting_after`.
			const next =
				response?.has_more !== false &&
				typeof response?.next_cursor === 'string' &&
				response.next_cursor
					? response.next_cursor
					: undefined;
			return next
				? { ...response, pages: { next: { starting_after: next } } }
				: { ...response, pages: undefined };
		},
		itemsKey,
		limit,
		maxPageSize,
	});
}

/**
 * Page-numbered lists (`GET /companies`, `POST /companies/list`): `page` and `per_page` in the
 * query. The page size stays fixed across pages (changing it would shift the offsets), so with a
 * limit it is `min(limit, max)` and the last page is trimmed.
 */
export async function listByPageNumber(
	this: IntercomContext,
	{
		method,
		path,
		itemsKey,
		limit,
		query = {},
		maxPageSize = MAX_NUMBERED_PAGE_SIZE,
	}: PageNumberListOptions,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	const walk = new PageWalk(this, `${method} ${path}`, itemsKey);
	const perPage = limit === undefined ? maxPageSize : Math.min(limit, maxPageSize);
	for (let page = 1; ; page++) {
		// Page numbers never repeat: only the bound on the number of pages applies.
		if (page > 1) walk.ask();
		const response = await (intercomApiRequest<ListResponse>).call(
			this,
			method,
			path,
			undefined,
			{ ...query, page, per_page: perPage },
			{ idempotent: true },
		);
		const items = walk.take(response);
		results.push(...items);
		// A short page is the last one. Without total_pages a full page may have more behind it:
		// ask for the next one (an empty page ends the list) rather than cut the list short.
		// Most lists give total_pages under `pages`; some (content snippets) at the top level.
		const totalPages = response.pages?.total_pages ?? (response as IDataObject).total_pages;
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
export async function listUnpaged(
	this: IntercomContext,
	{ path, itemsKeys, limit, query }: UnpagedListOptions,
): Promise<IDataObject[]> {
	const response = await intercomApiRequest.call(this, 'GET', path, undefined, query);
	const key = itemsKeys.find((k) => Array.isArray(response?.[k])) ?? itemsKeys[0];
	// One page, checked like any other: an answer without its array is an error, not an empty list.
	const items = new PageWalk(this, `GET ${path}`, key).take(response);
	return limit === undefined ? items : items.slice(0, limit);
}

/**
 * The query of the next page, from whatever form `pages.next` takes: a link (its query string;
 * the endpoint stays ours, so the credential's host is kept), a `starting_after` cursor, or
 * else `page`/`total_pages` numbers. Undefined when this was the last page.
 */
export function nextPageQuery(
	response: ListResponse,
	current: IDataObject,
): IDataObject | undefined {
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
	if (Number.isInteger(page) && page >= 1 && totalPages > page)
		return { ...current, page: page + 1 };
	return undefined;
}

const queryValue = (value: unknown) =>
	value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * A query as a stable key: names sorted, values as text (a page number from `pages.page` and the
 * same one read from a `pages.next` link are the same page).
 */
function queryKey(query: IDataObject): string {
	return JSON.stringify(
		Object.keys(query)
			.sort()
			.map((name) => [name, queryValue(query[name])]),
	);
}

/** A query as text for messages (`page=2&per_page=50`). */
function queryText(query: IDataObject): string {
	return Object.keys(query)
		.map((name) => `${name}=${queryValue(query[name])}`)
		.join('&');
}

/**
 * GET lists that say in `pages.next` where the next page is (notes, activity logs, data events,
 * a company's contacts): a link, a cursor or page numbers (see nextPageQuery), followed until
 * the last page, an empty page, or the limit.
 * A page pointing back at a page already asked for is an error, like the other page loops'
 * (see PageWalk).
 */
export async function listByPagesNext(
	this: IntercomContext,
	{ path, itemsKey, limit, query: firstQuery = {} }: PagesNextListOptions,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	const walk = new PageWalk(this, `GET ${path}`, itemsKey);
	walk.first(queryKey(firstQuery));
	let query: IDataObject = firstQuery;
	for (;;) {
		const response = await (intercomApiRequest<ListResponse>).call(
			this,
			'GET',
			path,
			undefined,
			query,
		);
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
