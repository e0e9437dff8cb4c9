import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import type { ListResponse } from '../helpers/interfaces';
import { intercomApiRequest } from '../transport';

const PAGE_SIZE = 50;

function cursorOf(response: ListResponse): string | undefined {
	const next = response.pages?.next;
	return next && typeof next === 'object' && next.starting_after ? next.starting_after : undefined;
}

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
	return { results: contacts.map(contactItem), paginationToken: cursorOf(response) };
}

/** Companies for the picker: page-numbered list, filtered by name on each page. */
export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1) || 1;
	const response = (await intercomApiRequest.call(this, 'GET', '/companies', undefined, {
		page,
		per_page: PAGE_SIZE,
	})) as ListResponse;
	const text = filter?.trim().toLowerCase();
	const companies = ((response.data as IDataObject[] | undefined) ?? []).filter(
		(company) =>
			!text ||
			String(company.name ?? '').toLowerCase().includes(text) ||
			String(company.company_id ?? '').toLowerCase() === text,
	);
	const totalPages = Number(response.pages?.total_pages ?? page);
	return {
		results: companies.map((company) => ({
			name: `${String(company.name ?? company.company_id ?? company.id)}${company.company_id ? ` (${String(company.company_id)})` : ''}`,
			value: String(company.id),
		})),
		paginationToken: page < totalPages ? String(page + 1) : undefined,
	};
}

/** Tags for the picker (Intercom returns all tags at once). */
export async function searchTags(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const response = (await intercomApiRequest.call(this, 'GET', '/tags')) as ListResponse;
	const text = filter?.trim().toLowerCase();
	const tags = ((response.data as IDataObject[] | undefined) ?? []).filter(
		(tag) => !text || String(tag.name ?? '').toLowerCase().includes(text),
	);
	return {
		results: tags
			.map((tag) => ({ name: String(tag.name ?? tag.id), value: String(tag.id) }))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}
