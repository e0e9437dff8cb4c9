import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import type { ListResponse } from '../helpers/interfaces';
import { intercomApiRequest, nextCursor } from '../transport';

const PAGE_SIZE = 50;

function contactItem(contact: IDataObject): INodeListSearchItems {
	const name = (contact.name as string) || (contact.email as string) || (contact.external_id as string);
	const label = name
		? `${name}${contact.email && contact.name ? ` <${String(contact.email)}>` : ''}`
		: `${String(contact.role ?? 'contact')} ${String(contact.id)}`;
	return { name: label, value: String(contact.id) };
}

/** Contacts for the picker: a server-side search on name and email, one page at a time. */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	let response: ListResponse;
	const text = filter?.trim();
	if (text) {
		const body: IDataObject = {
			query: {
				operator: 'OR',
				value: [
					{ field: 'name', operator: '~', value: text },
					{ field: 'email', operator: '~', value: text },
					{ field: 'external_id', operator: '=', value: text },
				],
			},
			pagination: { per_page: PAGE_SIZE, ...(paginationToken ? { starting_after: paginationToken } : {}) },
		};
		response = (await intercomApiRequest.call(this, 'POST', '/contacts/search', body, undefined, {
			idempotent: true,
		})) as ListResponse;
	} else {
		const qs: IDataObject = { per_page: PAGE_SIZE };
		if (paginationToken) qs.starting_after = paginationToken;
		response = (await intercomApiRequest.call(this, 'GET', '/contacts', undefined, qs)) as ListResponse;
	}
	const contacts = (response.data as IDataObject[] | undefined) ?? [];
	return { results: contacts.map(contactItem), paginationToken: nextCursor(response) };
}

/** Pages of companies one picker call may scan for a name filter (Intercom can't search by part of a name). */
const COMPANY_SCAN_PAGES = 10;

/**
 * Companies for the picker. Intercom lists companies by page number and matches names only
 * exactly, so a filter is applied to the listed pages: one call scans pages until it has found
 * a page's worth of matches or scanned COMPANY_SCAN_PAGES pages, and the token continues from there.
 */
export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	let nextPage = Number(paginationToken ?? 1) || 1;
	let totalPages = nextPage;
	for (let scanned = 0; scanned < (text ? COMPANY_SCAN_PAGES : 1); scanned++) {
		const page = nextPage++;
		const response = (await intercomApiRequest.call(this, 'GET', '/companies', undefined, {
			page,
			per_page: PAGE_SIZE,
		})) as ListResponse;
		totalPages = Number(response.pages?.total_pages ?? page);
		for (const company of (response.data as IDataObject[] | undefined) ?? []) {
			const name = String(company.name ?? '');
			const companyId = String(company.company_id ?? '');
			if (text && !name.toLowerCase().includes(text) && companyId.toLowerCase() !== text) continue;
			results.push({
				name: `${name || companyId || String(company.id)}${companyId ? ` (${companyId})` : ''}`,
				value: String(company.id),
			});
		}
		if (nextPage > totalPages || results.length >= PAGE_SIZE) break;
	}
	return { results, paginationToken: nextPage <= totalPages ? String(nextPage) : undefined };
}

/** The workspace's tags whose name contains the filter, by name (Intercom returns all tags at once). */
async function tagsMatching(ctx: ILoadOptionsFunctions, filter?: string): Promise<IDataObject[]> {
	const response = (await intercomApiRequest.call(ctx, 'GET', '/tags')) as ListResponse;
	const text = filter?.trim().toLowerCase();
	return ((response.data as IDataObject[] | undefined) ?? [])
		.filter((tag) => !text || String(tag.name ?? '').toLowerCase().includes(text))
		.sort((a, b) => String(a.name ?? a.id).localeCompare(String(b.name ?? b.id)));
}

/** Tags for the picker, by ID. */
export async function searchTags(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const tags = await tagsMatching(this, filter);
	return { results: tags.map((tag) => ({ name: String(tag.name ?? tag.id), value: String(tag.id) })) };
}

/** Tags for the picker, by name (for endpoints that take a tag name). */
export async function searchTagNames(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const tags = await tagsMatching(this, filter);
	return {
		results: tags.filter((tag) => tag.name).map((tag) => ({ name: String(tag.name), value: String(tag.name) })),
	};
}
