import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { HELP_CENTER_PAGE_MAX } from '../helpers/helpCenter';
import type { ListResponse } from '../helpers/interfaces';
import { apiPath, intercomApiRequest } from '../transport';

/** Pages one picker call may scan for a filter (Intercom has no search for these). */
const SCAN_PAGES = 4;

const contains = (text: string | undefined, ...values: unknown[]) =>
	!text ||
	values.some((value) =>
		String(value ?? '')
			.toLowerCase()
			.includes(text),
	);

/** Help centers for the picker: Intercom returns them all at once, filtered here by name or identifier. */
export async function searchHelpCenters(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const response = await (intercomApiRequest<ListResponse>).call(
		this,
		'GET',
		'/help_center/help_centers',
	);
	const text = filter?.trim().toLowerCase();
	const results = ((response.data as IDataObject[] | undefined) ?? [])
		.filter((helpCenter) =>
			contains(text, helpCenter.display_name, helpCenter.identifier, helpCenter.id),
		)
		.map((helpCenter) => {
			const name = String(helpCenter.display_name || helpCenter.identifier || helpCenter.id);
			const identifier =
				helpCenter.identifier && helpCenter.identifier !== name
					? ` (${String(helpCenter.identifier)})`
					: '';
			return { name: `${name}${identifier}`, value: String(helpCenter.id) };
		})
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}

/**
 * Scans a page-numbered list for a picker: from the page the token names, one page without a
 * filter, else pages until a page's worth of matches or SCAN_PAGES pages; the token continues
 * from the next page.
 */
async function scanPages(
	ctx: ILoadOptionsFunctions,
	path: string,
	filtering: boolean,
	paginationToken: string | undefined,
	take: (items: IDataObject[]) => INodeListSearchItems[],
): Promise<INodeListSearchResult> {
	const results: INodeListSearchItems[] = [];
	let nextPage = Number(paginationToken ?? 1) || 1;
	let more = true;
	for (let scanned = 0; scanned < (filtering ? SCAN_PAGES : 1) && more; scanned++) {
		const page = nextPage++;
		const response = await (intercomApiRequest<ListResponse>).call(ctx, 'GET', path, undefined, {
			page,
			per_page: HELP_CENTER_PAGE_MAX,
		});
		const items = (response.data as IDataObject[] | undefined) ?? [];
		results.push(...take(items));
		const totalPages = response.pages?.total_pages;
		more =
			items.length >= HELP_CENTER_PAGE_MAX &&
			(totalPages === undefined || totalPages === null || page < Number(totalPages));
		if (results.length >= HELP_CENTER_PAGE_MAX) break;
	}
	return { results, paginationToken: more ? String(nextPage) : undefined };
}

/**
 * Collections for the picker, most recently updated first (Intercom's order), filtered here by
 * name or ID; a sub-collection shows its parent when the parent is on the same page.
 */
export async function searchCollections(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim().toLowerCase();
	return await scanPages(this, '/help_center/collections', !!text, paginationToken, (items) => {
		const names = new Map(items.map((c) => [String(c.id), String(c.name ?? '')]));
		return items
			.filter((collection) => contains(text, collection.name, collection.id))
			.map((collection) => {
				const name = String(collection.name || `Collection ${String(collection.id)}`);
				const parent = collection.parent_id ? names.get(String(collection.parent_id)) : undefined;
				return {
					name: parent ? `${parent} › ${name}` : name,
					value: String(collection.id),
					...(collection.url ? { url: String(collection.url) } : {}),
				};
			});
	});
}

/**
 * Redirects of the help center chosen in the node's Help Center field, by source URL and target;
 * filtered here by URL or ID. Nothing to list until a help center is chosen.
 */
export async function searchRedirects(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const helpCenterId = String(
		this.getCurrentNodeParameter('helpCenterId', { extractValue: true }) ?? '',
	).trim();
	if (!/^\d+$/.test(helpCenterId)) return { results: [] };
	const text = filter?.trim().toLowerCase();
	return await scanPages(
		this,
		apiPath`/help_center/help_centers/${helpCenterId}/redirects`,
		!!text,
		paginationToken,
		(items) =>
			items
				.filter((redirect) => contains(text, redirect.from_url, redirect.id))
				.map((redirect) => ({
					name: `${String(redirect.from_url ?? redirect.id)} → ${String(redirect.target_type ?? 'target')} ${String(redirect.target_id ?? '')}`.trim(),
					value: String(redirect.id),
				})),
	);
}
