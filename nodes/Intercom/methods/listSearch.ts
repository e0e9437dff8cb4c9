import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import type { ListResponse } from '../helpers/interfaces';
import { apiPath, intercomApiRequest, nextCursor } from '../transport';

const PAGE_SIZE = 50;

/**
 * One page for a picker: the list endpoint without a query, else the search endpoint with the
 * query; the cursor goes in the query string or the search body's pagination.
 */
async function pickerPage(
	ctx: ILoadOptionsFunctions,
	endpoints: { list?: string; search: string },
	query: IDataObject | undefined,
	paginationToken: string | undefined,
): Promise<ListResponse> {
	const page: IDataObject = {
		per_page: PAGE_SIZE,
		...(paginationToken ? { starting_after: paginationToken } : {}),
	};
	if (query || !endpoints.list) {
		return await (intercomApiRequest<ListResponse>).call(
			ctx,
			'POST',
			endpoints.search,
			{ query, pagination: page },
			undefined,
			{ idempotent: true },
		);
	}
	return await (intercomApiRequest<ListResponse>).call(ctx, 'GET', endpoints.list, undefined, page);
}

function contactItem(contact: IDataObject): INodeListSearchItems {
	const name =
		(contact.name as string) || (contact.email as string) || (contact.external_id as string);
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
	const text = filter?.trim();
	const query: IDataObject | undefined = text
		? {
				operator: 'OR',
				value: [
					{ field: 'name', operator: '~', value: text },
					{ field: 'email', operator: '~', value: text },
					{ field: 'external_id', operator: '=', value: text },
				],
			}
		: undefined;
	const response = await pickerPage(
		this,
		{ list: '/contacts', search: '/contacts/search' },
		query,
		paginationToken,
	);
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
		const response = await (intercomApiRequest<ListResponse>).call(
			this,
			'GET',
			'/companies',
			undefined,
			{
				page,
				per_page: PAGE_SIZE,
			},
		);
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
	const response = await (intercomApiRequest<ListResponse>).call(ctx, 'GET', '/tags');
	const text = filter?.trim().toLowerCase();
	return ((response.data as IDataObject[] | undefined) ?? [])
		.filter(
			(tag) =>
				!text ||
				String(tag.name ?? '')
					.toLowerCase()
					.includes(text),
		)
		.sort((a, b) => String(a.name ?? a.id).localeCompare(String(b.name ?? b.id)));
}

/** Tags for the picker, by ID. */
export async function searchTags(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const tags = await tagsMatching(this, filter);
	return {
		results: tags.map((tag) => ({ name: String(tag.name ?? tag.id), value: String(tag.id) })),
	};
}

/** Tags for the picker, by name (for endpoints that take a tag name). */
export async function searchTagNames(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const tags = await tagsMatching(this, filter);
	return {
		results: tags
			.filter((tag) => tag.name)
			.map((tag) => ({ name: String(tag.name), value: String(tag.name) })),
	};
}

/** Plain text of an HTML body, shortened, for picker labels. */
function preview(html: unknown, length = 60): string {
	const text = String(html ?? '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function conversationItem(conversation: IDataObject): INodeListSearchItems {
	const source = (conversation.source as IDataObject | undefined) ?? {};
	const author = (source.author as IDataObject | undefined) ?? {};
	const title =
		(conversation.title as string) ||
		preview(source.subject) ||
		preview(source.body) ||
		`Conversation ${String(conversation.id)}`;
	const who = (author.name as string) || (author.email as string);
	return { name: `${title}${who ? ` (${who})` : ''}`, value: String(conversation.id) };
}

/**
 * Conversations for the picker: the most recent ones, or a server-side search on the ID, the
 * subject and the author's name or email.
 */
export async function searchConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim();
	let query: IDataObject | undefined;
	if (text) {
		const value: IDataObject[] = [
			{ field: 'source.subject', operator: '~', value: text },
			{ field: 'source.author.name', operator: '~', value: text },
			{ field: 'source.author.email', operator: '~', value: text },
		];
		if (/^\d+$/.test(text)) value.unshift({ field: 'id', operator: '=', value: text });
		query = { operator: 'OR', value };
	}
	const response = await pickerPage(
		this,
		{ list: '/conversations', search: '/conversations/search' },
		query,
		paginationToken,
	);
	const conversations = (response.conversations as IDataObject[] | undefined) ?? [];
	return { results: conversations.map(conversationItem), paginationToken: nextCursor(response) };
}

/**
 * Tickets for the picker (Intercom has no ticket list, so a search): recently updated ones, or
 * those whose title contains the filter or whose ID is the filter; `only` narrows the search
 * (tracker tickets).
 */
async function ticketPickerPage(
	ctx: ILoadOptionsFunctions,
	filter: string | undefined,
	paginationToken: string | undefined,
	only?: IDataObject,
): Promise<INodeListSearchResult> {
	const text = filter?.trim();
	const matches: IDataObject[] = text
		? [
				{ field: 'title', operator: '~', value: text },
				{ field: 'id', operator: '=', value: text },
			]
		: [{ field: 'updated_at', operator: '>', value: 0 }];
	// A group holds filters or groups, not both: `only` goes into each alternative.
	const alternatives = only
		? matches.map((match) => ({ operator: 'AND', value: [only, match] }))
		: matches;
	const query: IDataObject =
		alternatives.length === 1 ? alternatives[0] : { operator: 'OR', value: alternatives };
	const response = await pickerPage(ctx, { search: '/tickets/search' }, query, paginationToken);
	const tickets = (response.tickets as IDataObject[] | undefined) ?? [];
	return {
		results: tickets.map((ticket) => {
			const attributes = (ticket.ticket_attributes as IDataObject | undefined) ?? {};
			const title = preview(attributes._default_title_) || `Ticket ${String(ticket.id)}`;
			return {
				name: `${ticket.ticket_id ? `#${String(ticket.ticket_id)} ` : ''}${title}`,
				value: String(ticket.id),
			};
		}),
		paginationToken: nextCursor(response),
	};
}

/** Tickets for the picker: recently updated ones, or by title or ID. */
export async function searchTickets(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await ticketPickerPage(this, filter, paginationToken);
}

/** Tracker tickets for the picker (the tickets conversations are linked to): by title or ID. */
export async function searchTrackerTickets(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await ticketPickerPage(this, filter, paginationToken, {
		field: 'category',
		operator: '=',
		value: 'tracker',
	});
}

/**
 * The conversations and customer tickets linked to the ticket chosen in the node's Tracker Ticket
 * field (its `linked_objects`), filtered here by ID. Nothing to list until a ticket is chosen.
 */
export async function searchLinkedConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const ticketId = String(
		this.getCurrentNodeParameter('ticketId', { extractValue: true }) ?? '',
	).trim();
	if (!/^[A-Za-z0-9_-]+$/.test(ticketId)) return { results: [] };
	const ticket = await intercomApiRequest.call(this, 'GET', apiPath`/tickets/${ticketId}`);
	const linked = ticket.linked_objects as IDataObject | undefined;
	const objects = Array.isArray(linked?.data) ? (linked.data as IDataObject[]) : [];
	const text = filter?.trim();
	return {
		results: objects
			.filter(
				(object) =>
					object &&
					object.id !== undefined &&
					(object.type === 'conversation' ||
						(object.type === 'ticket' && object.category !== 'Tracker')),
			)
			.filter((object) => !text || String(object.id).includes(text))
			.map((object) => ({
				name:
					object.type === 'ticket'
						? `${String(object.category ?? 'Customer')} ticket ${String(object.id)}`
						: `Conversation ${String(object.id)}`,
				value: String(object.id),
			})),
	};
}
export * from './knowledgePickers';
export * from './helpCenterPickers';
export * from './newsPickers';
export * from './articlePickers';
export * from './callPickers';
export * from './customObjectPickers';
export * from './brandPickers';
