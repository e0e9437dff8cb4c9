/**
 * The resources served by the generic CRUD handler (crud.ts): one row each. The routes, their
 * statuses and the answers' shapes come from Intercom's OpenAPI snapshot; a row gives the path,
 * the object type, which operations, the list's paging and, where Intercom has rules of its own,
 * hooks from crm.ts and inbox.ts. A new plain resource is one row:
 *
 *   { path: '/help_center/collections', type: 'collection', paging: { style: 'page', perPage: 50, max: 150 } }
 *
 * Hand-written routes (search, scroll, merge, tagging, archive, replies…) stay in crm.ts and inbox.ts.
 */
import type { ArticleRecord } from './articles';
import { callsOf, newestCallFirst } from './calls';
import { createArticle, renderArticle, renderFullArticle, updateArticle } from './articles';
import { brandsOf } from './brands';
import { recordDeletedConversation } from './conversations';
import type { Resource } from './crud';
import { resource } from './crud';
import {
	applyCompanyFields,
	companyOr404,
	contactOr404,
	createContact,
	createDataAttribute,
	createNote,
	dataAttributeListed,
	deleteContactNotes,
	detachCompany,
	untagAll,
	updateContact,
	updateDataAttribute,
} from './crm';
import {
	buildTicket,
	createTicketType,
	newestFirst,
	renderConversation,
	renderTicket,
	renderTicketState,
	updateConversation,
	updateTicket,
	updateTicketType,
} from './inbox';
import {
	collections,
	createCollection,
	createRedirect,
	deleteSubCollections,
	helpCenterOfRedirects,
	helpCenters,
	recentlyUpdatedFirst,
	updateCollection,
} from './helpCenter';
import { CONTENT_SNIPPETS, INTERNAL_ARTICLES, KNOWLEDGE_PAGE } from './knowledge';
import {
	createNewsItem,
	macroListed,
	macrosNewestFirst,
	macrosOf,
	newsfeedsOf,
	newsItemsOf,
	updateNewsItem,
} from './news';
import { CONTACT_PAGE_MAX } from './registry';
import type {
	CompanyRecord,
	ContactRecord,
	ConversationRecord,
	Json,
	NoteRecord,
	TagRecord,
	TicketRecord,
} from './store';

const notesPage = { style: 'page', perPage: 50, max: CONTACT_PAGE_MAX } as const;

// Rows of different record types: each is checked against Resource<ItsRecord> where it is written.
const row = <R extends Json>(r: Resource<R>) => r as unknown as Resource;

export const RESOURCES: Resource[] = [
	// Workspace data (built in, read only)
	row({
		path: '/admins',
		type: 'admin',
		ops: ['list', 'get'],
		listType: 'admin.list',
		records: (s) => s.admins,
		notFound: ['Admin not found', 'admin_not_found'],
	}),
	row({
		path: '/teams',
		type: 'team',
		ops: ['list', 'get'],
		records: (s) => s.teams,
		notFound: ['Team not found', 'team_not_found'],
	}),
	row({
		path: '/segments',
		type: 'segment',
		ops: ['list', 'get'],
		records: (s) => s.segments,
		notFound: ['Segment not found'],
	}),
	row({
		path: '/subscription_types',
		type: 'subscription',
		ops: ['list'],
		records: (s) => s.subscriptionTypes,
	}),
	row({
		path: '/away_status_reasons',
		type: 'away_status_reason',
		ops: ['list'],
		records: (s) => s.awayStatusReasons,
	}),
	row({
		path: '/ticket_states',
		type: 'ticket_state',
		ops: ['list'],
		records: (s) => s.ticketStates,
		render: renderTicketState,
	}),
	row({
		path: '/ticket_types',
		type: 'ticket_type',
		ops: ['list', 'create', 'get', 'update'],
		records: (s) => s.ticketTypes,
		listItem: (_, t) => ({ ...t, ticket_states: undefined }),
		create: createTicketType,
		update: updateTicketType,
		notFound: ['Ticket type not found'],
	}),
	row({
		path: '/data_attributes',
		type: 'data_attribute',
		ops: ['list', 'create', 'update'],
		records: (s) => s.dataAttributes,
		filter: dataAttributeListed,
		create: createDataAttribute,
		update: updateDataAttribute,
		notFound: ['Data attribute not found'],
	}),

	// CRM
	row<ContactRecord>({
		path: '/contacts',
		type: 'contact',
		ops: ['list', 'create', 'get', 'update', 'delete'],
		paging: { style: 'cursor', perPage: 50, max: CONTACT_PAGE_MAX },
		records: (s) => s.contacts,
		render: (s, c) => s.renderContact(c),
		// Archived contacts are left out of lists (and searches), still found by ID.
		filter: (_, c) => !c.archived,
		create: createContact,
		update: updateContact,
		onDelete: deleteContactNotes,
		notFound: ['User Not Found'],
	}),
	row<CompanyRecord>({
		path: '/companies',
		type: 'company',
		// POST /companies (an upsert) and GET /companies (find by company_id or name) are in crm.ts.
		ops: ['get', 'update', 'delete'],
		records: (s) => s.companies,
		render: (s, c) => s.renderCompany(c),
		update: ({ store, body }, c) => applyCompanyFields(store, c, body),
		onDelete: detachCompany,
		notFound: ['Company Not Found', 'company_not_found'],
	}),
	row<TagRecord>({
		path: '/tags',
		type: 'tag',
		// POST /tags (create, rename and tag or untag companies and users) is in crm.ts.
		ops: ['list', 'get', 'delete'],
		records: (s) => s.tags,
		render: (s, t) => s.renderTag(t),
		onDelete: untagAll,
		notFound: ['Tag not found', 'tag_not_found'],
	}),
	row<NoteRecord>({
		path: '/notes',
		type: 'note',
		ops: ['get'],
		records: (s) => s.notes,
		render: (s, n) => s.renderNote(n),
		notFound: ['Note not found'],
	}),
	row<NoteRecord>({
		path: '/contacts/{contact_id}/notes',
		type: 'note',
		ops: ['list', 'create'],
		paging: notesPage,
		records: (s) => s.notes,
		render: (s, n) => s.renderNote(n),
		parent: ({ store, params }) => contactOr404(store, params.contact_id),
		filter: ({ params }, n) => n.contactId === params.contact_id,
		create: createNote,
	}),
	row<NoteRecord>({
		path: '/companies/{company_id}/notes',
		type: 'note',
		ops: ['list', 'create'],
		paging: notesPage,
		records: (s) => s.notes,
		render: (s, n) => s.renderNote(n),
		parent: ({ store, params }) => companyOr404(store, params.company_id),
		filter: ({ params }, n) => n.companyId === params.company_id,
		create: createNote,
	}),

	// Inbox
	row<ConversationRecord>({
		path: '/conversations',
		type: 'conversation',
		// POST /conversations answers the contact's message, not the conversation: in inbox.ts.
		ops: ['list', 'get', 'update', 'delete'],
		paging: { style: 'cursor', perPage: 20, max: CONTACT_PAGE_MAX },
		// Answered as `list`, like the conversation search here (the spec fixes `conversation.list`).
		listType: 'list',
		records: (s) => s.conversations,
		// GET and PUT /conversations/{id} take display_as=plaintext.
		render: (s, c, ctx) => renderConversation(s, c, ctx?.query.display_as),
		sort: newestFirst,
		update: updateConversation,
		onDelete: recordDeletedConversation,
		notFound: ['Conversation not found'],
	}),
	row<TicketRecord>({
		path: '/tickets',
		type: 'ticket',
		ops: ['create', 'get', 'update', 'delete'],
		records: (s) => s.tickets,
		render: renderTicket,
		create: ({ store, body }) => buildTicket(store, body),
		update: updateTicket,
		notFound: ['Ticket not found', 'ticket_not_found'],
	}),

	// Help Center (helpCenter.ts)
	row({
		path: '/help_center/help_centers',
		type: 'help_center',
		ops: ['list', 'get'],
		records: helpCenters,
		notFound: ['Resource Not Found'],
	}),
	row({
		path: '/help_center/collections',
		type: 'collection',
		// 2.16 declares no paging; the 2.17 docs give page and per_page (default 20, max 250).
		paging: { style: 'page', perPage: 20, max: 250 },
		records: collections,
		sort: recentlyUpdatedFirst,
		create: createCollection,
		update: updateCollection,
		onDelete: deleteSubCollections,
	}),
	row({
		path: '/help_center/help_centers/{help_center_id}/redirects',
		type: 'help_center_redirect',
		ops: ['list', 'create', 'get', 'delete'],
		paging: { style: 'page', perPage: 50, max: 250 },
		parent: helpCenterOfRedirects,
		sort: recentlyUpdatedFirst,
		create: createRedirect,
		notFound: ['Resource not found'],
	}),
	// Knowledge (search and tagging are in knowledge.ts)
	row({
		path: INTERNAL_ARTICLES,
		type: 'internal_article',
		paging: KNOWLEDGE_PAGE,
	}),
	row({
		path: CONTENT_SNIPPETS,
		type: 'content_snippet',
		paging: KNOWLEDGE_PAGE,
		notFound: ['Content snippet not found'],
	}),
	// News (news items; newsfeeds are built in, their live items in news.ts)
	row({
		path: '/news/news_items',
		type: 'news-item',
		// Numbered pages of 10, as Intercom's examples page them.
		paging: { style: 'page', perPage: 10, max: 10 },
		records: newsItemsOf,
		create: createNewsItem,
		update: updateNewsItem,
	}),
	row({
		path: '/news/newsfeeds',
		type: 'newsfeed',
		ops: ['list', 'get'],
		paging: { style: 'page', perPage: 10, max: 10 },
		records: newsfeedsOf,
	}),

	// Macros (saved replies; built in, in news.ts)
	row({
		path: '/macros',
		type: 'macro',
		ops: ['list', 'get'],
		paging: { style: 'cursor', perPage: 50, max: 150 },
		records: macrosOf,
		filter: macroListed,
		sort: macrosNewestFirst,
		notFound: ['Macro not found'],
	}),
	// Brands (built in, in brands.ts)
	row({
		path: '/brands',
		type: 'brand',
		ops: ['list', 'get'],
		records: brandsOf,
		notFound: ['Brand not found'],
	}),
	// Help center articles (search, drafts, tags and versions are in articles.ts)
	row<ArticleRecord>({
		path: '/articles',
		type: 'article',
		ops: ['list', 'create', 'get', 'update', 'delete'],
		paging: { style: 'page', perPage: 25, max: 150 },
		render: renderFullArticle,
		listItem: (s, a) => renderArticle(s, a),
		sort: recentlyUpdatedFirst,
		create: createArticle,
		update: updateArticle,
	}),
	// Calls (built in; search, transcripts and recordings in calls.ts)
	row({
		path: '/calls',
		type: 'call',
		ops: ['list', 'get'],
		paging: { style: 'page', perPage: 25, max: 25 },
		records: callsOf,
		sort: newestCallFirst,
		notFound: ['Call not found'],
	}),
];

for (const r of RESOURCES) resource(r);
