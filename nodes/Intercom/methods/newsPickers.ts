import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import type { ListResponse } from '../helpers/interfaces';
import { intercomApiRequest, nextCursor } from '../transport';

/** Matches wanted per picker call, and the macros asked for per page. */
const PAGE_SIZE = 50;

/** Pages one picker call may scan for a filter (these lists have no server-side search). */
const SCAN_PAGES = 10;

interface PickerPage {
	items: IDataObject[];
	/** Where the next page starts (a page number or a cursor), or undefined after the last. */
	next: string | undefined;
}

/**
 * A picker over a list Intercom cannot search: without a filter one page a call; with one, the
 * pages are scanned (up to SCAN_PAGES a call, until a page's worth of matches) and the items
 * whose label contains the filter, or whose ID is the filter, are kept. The token continues
 * from where the scan stopped.
 */
async function scanPicker(
	fetchPage: (token: string | undefined) => Promise<PickerPage>,
	label: (item: IDataObject) => string,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	const text = filter?.trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	let token = paginationToken || undefined;
	for (let scanned = 0; scanned < (text ? SCAN_PAGES : 1); scanned++) {
		const page = await fetchPage(token);
		for (const item of page.items) {
			const name = label(item);
			const id = String(item.id ?? '');
			if (text && !name.toLowerCase().includes(text) && id.toLowerCase() !== text) continue;
			results.push({ name, value: id });
		}
		token = page.next;
		if (!token || results.length >= PAGE_SIZE) break;
	}
	return { results, paginationToken: token };
}

/** One page of a page-numbered news list (the first page is asked for without a number). */
async function numberedNewsPage(
	ctx: ILoadOptionsFunctions,
	path: string,
	token: string | undefined,
): Promise<PickerPage> {
	const page = Math.max(1, Number(token ?? 1) || 1);
	const response = await (intercomApiRequest<ListResponse>).call(
		ctx,
		'GET',
		path,
		undefined,
		page > 1 ? { page } : undefined,
	);
	const items = (response.data as IDataObject[] | undefined) ?? [];
	const totalPages = Number(response.pages?.total_pages ?? page);
	return { items, next: items.length && page < totalPages ? String(page + 1) : undefined };
}

/** News items for the picker, by title (and state), filtered on the pages listed. */
export async function searchNewsItems(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await scanPicker(
		async (token) => await numberedNewsPage(this, '/news/news_items', token),
		(item) =>
			`${String(item.title || `News item ${String(item.id)}`)}${item.state ? ` (${String(item.state)})` : ''}`,
		filter,
		paginationToken,
	);
}

/** Newsfeeds for the picker, by name, filtered on the pages listed. */
export async function searchNewsfeeds(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await scanPicker(
		async (token) => await numberedNewsPage(this, '/news/newsfeeds', token),
		(feed) => String(feed.name || `Newsfeed ${String(feed.id)}`),
		filter,
		paginationToken,
	);
}

/** Macros for the picker, by name, filtered on the pages listed (most recently updated first). */
export async function searchMacros(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await scanPicker(
		async (token) => {
			const response = await (intercomApiRequest<ListResponse>).call(
				this,
				'GET',
				'/macros',
				undefined,
				{ per_page: PAGE_SIZE, ...(token ? { starting_after: token } : {}) },
			);
			const items = (response.data as IDataObject[] | undefined) ?? [];
			return { items, next: items.length ? nextCursor(response) : undefined };
		},
		(macro) => String(macro.name || `Macro ${String(macro.id)}`),
		filter,
		paginationToken,
	);
}
