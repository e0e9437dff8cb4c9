/**
 * The support-inbox endpoints where Intercom does more than store what it is sent: conversations
 * (create, search, reply, close/open/snooze/assign, tags, participants, redact, convert), tickets
 * (reply, search, tags, linked conversations, change of type) and admin-initiated messages; and the rules the generic resources
 * (resources.ts) hook in: how conversations and tickets render and update, and ticket creation
 * checked against its type. 2.16 shapes, trimmed to what the nodes read.
 */
import { brandsOf } from './brands';
import { SandboxError, invalid, notFound, unprocessable } from './errors';
import { contactOr404, tagRoutes } from './crm';
import type { RouteContext } from './registry';
import { CONTACT_PAGE_MAX, cursorPage, perPageOf, route } from './registry';
import { checkQuery, matches, readPath, sortRecords } from './search';
import type {
	ContactRecord,
	ConversationRating,
	ConversationRecord,
	Json,
	PartRecord,
	Store,
	TicketRecord,
} from './store';
import { WORKSPACE_ID, searchable } from './store';
import { adminReplyMetadata, attachmentsOf, contactReplyMetadata } from './replies';
import { conversationStatistics, firstContactReplyAt } from './statistics';

export function conversationOr404(store: Store, id: string): ConversationRecord {
	const c = store.conversations.get(id);
	if (!c) throw notFound('Conversation not found');
	return c;
}

function ticketOr404(store: Store, id: string): TicketRecord {
	const t = store.tickets.get(id);
	if (!t) throw new SandboxError(404, 'ticket_not_found', 'Ticket not found');
	return t;
}

/** Intercom's bot, the author of what no admin did. */
const OPERATOR: Json = {
	type: 'bot',
	id: '991267694',
	name: 'Operator',
	email: 'operator@intercom.io',
};

/** A ticket state's category: submitted, in_progress, waiting_on_customer or resolved. */
function stateCategory(store: Store, stateId: string): string {
	return String(store.ticketStates.find((s) => s.id === stateId)?.category);
}

function ticketTypeOr404(store: Store, id: unknown): Json {
	const t = store.ticketTypes.find((k) => k.id === String(id));
	if (!t) throw new SandboxError(404, 'not_found', 'Ticket type not found');
	return t;
}

/** A ticket type's attributes that are not archived. */
export function liveAttributes(type: Json): Json[] {
	return ((type.ticket_type_attributes as Json).data as Json[]).filter((a) => a.archived !== true);
}

/** A ticket type's states. */
function statesOf(type: Json): Json[] {
	return ((type.ticket_states as Json | undefined)?.data as Json[] | undefined) ?? [];
}

function adminOr400(store: Store, id: unknown, field = 'admin_id') {
	const admin = store.admin(id);
	if (!admin) throw invalid(`Admin ${String(id)} not found`, field);
	return admin;
}

/** A contact named by `intercom_user_id`, `id`, `user_id` (external) or `email`. */
function contactByReference(store: Store, ref: Json | undefined): ContactRecord {
	const r = ref ?? {};
	const all = [...store.contacts.values()];
	const found =
		(r.intercom_user_id !== undefined && store.contact(String(r.intercom_user_id))) ||
		(r.id !== undefined && store.contact(String(r.id))) ||
		(r.user_id !== undefined && all.find((c) => c.external_id === String(r.user_id))) ||
		(r.external_id !== undefined && all.find((c) => c.external_id === String(r.external_id))) ||
		(r.email !== undefined &&
			all.find((c) => c.email?.toLowerCase() === String(r.email).toLowerCase()));
	if (!found) throw notFound('User Not Found');
	return found;
}

const contactAuthor = (c: ContactRecord): Json => ({
	type: c.role === 'lead' ? 'lead' : 'user',
	id: c.id,
	name: c.name,
	email: c.email,
});

function adminAuthor(store: Store, id: unknown): Json {
	const a = adminOr400(store, id);
	return { type: 'admin', id: a.id, name: a.name, email: a.email };
}

function part(
	store: Store,
	part_type: string,
	body: string | null,
	author: Json,
	assigned_to: Json | null = null,
): PartRecord {
	return {
		id: store.nextId('number'),
		part_type,
		body,
		created_at: store.now(),
		author,
		assigned_to,
		redacted: false,
	};
}

/**
 * Intercom's `display_as=plaintext`: links as `label (url)`, paragraphs and line breaks as new
 * lines, other tags dropped, the common entities decoded.
 */
export function asPlainText(html: string): string {
	return html
		.replace(
			/<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a>/gi,
			(_all, _quote, url: string, label: string) => `${label} (${url})`,
		)
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/p>\s*<p\b[^>]*>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.trim();
}

type Text = (html: string) => string;
const asSent: Text = (html) => html;

const renderPart = (p: PartRecord, text: Text = asSent): Json => ({
	type: 'conversation_part',
	id: p.id,
	part_type: p.part_type,
	body: p.redacted || p.body === null ? null : text(p.body),
	created_at: p.created_at,
	updated_at: p.created_at,
	notified_at: p.created_at,
	assigned_to: p.assigned_to,
	author: p.author,
	attachments: p.redacted ? [] : (p.attachments ?? []),
	external_id: null,
	redacted: p.redacted,
	...(p.metadata ? { metadata: p.metadata } : {}),
	...(p.ticket_state
		? { previous_ticket_state: p.previous_ticket_state, ticket_state: p.ticket_state }
		: {}),
});

/** A conversation as Intercom answers it; `displayAs` `plaintext` gives bodies and subject as plain text. */
export function renderConversation(store: Store, c: ConversationRecord, displayAs?: string): Json {
	const text = displayAs === 'plaintext' ? asPlainText : asSent;
	const firstContact = firstContactReplyAt(c);
	return {
		type: 'conversation',
		id: c.id,
		title: c.title,
		created_at: c.created_at,
		updated_at: c.updated_at,
		waiting_since: c.state === 'open' ? c.updated_at : null,
		snoozed_until: c.snoozed_until,
		open: c.state !== 'closed',
		state: c.state,
		read: c.read,
		priority: c.priority,
		admin_assignee_id: c.admin_assignee_id,
		team_assignee_id: c.team_assignee_id,
		tags: {
			type: 'tag.list',
			tags: store.renderTagsOn(c),
		},
		source: {
			type: 'conversation',
			id: c.source.id,
			delivered_as: 'customer_initiated',
			subject: text(c.source.subject),
			body: c.source.redacted ? null : text(c.source.body),
			author: c.source.author,
			attachments: [],
			url: null,
			redacted: c.source.redacted,
			...(c.source.recipients ? { recipients: c.source.recipients.map((r) => ({ ...r })) } : {}),
		},
		contacts: {
			type: 'contact.list',
			contacts: c.contactIds.map((id) => ({
				type: 'contact',
				id,
				external_id: store.contact(id)?.external_id ?? null,
			})),
		},
		teammates: { type: 'admin.list', admins: [] },
		custom_attributes: { ...c.custom_attributes },
		company: c.company_id ? { type: 'company', id: c.company_id } : null,
		conversation_parts: {
			type: 'conversation_part.list',
			conversation_parts: c.parts.map((p) => renderPart(p, text)),
			total_count: c.parts.length,
		},
		linked_objects: linkedObjectsOf(store, { type: 'conversation', id: c.id }),
		first_contact_reply:
			firstContact === null ? null : { created_at: firstContact, type: 'conversation', url: null },
		statistics: conversationStatistics(c),
		conversation_rating: c.rating ? renderRating(store, c.rating) : null,
	};
}

/** `conversation_rating`: rating, remark, created_at (asked for), updated_at (rated), contact, teammate. */
function renderRating(store: Store, r: ConversationRating): Json {
	return {
		rating: r.rating,
		remark: r.remark,
		created_at: r.requested_at,
		updated_at: r.rated_at,
		contact: {
			type: 'contact',
			id: r.contactId,
			external_id: store.contact(r.contactId)?.external_id ?? null,
		},
		teammate: { type: 'admin', id: r.teammateId },
	};
}

/** The search's names for the rating's fields (`admin_d` as the spec's table spells it). */
const RATING_FIELDS: Record<string, (r: ConversationRating) => unknown> = {
	'conversation_rating.requested_at': (r) => r.requested_at,
	'conversation_rating.replied_at': (r) => r.rated_at,
	'conversation_rating.score': (r) => r.rating,
	'conversation_rating.remark': (r) => r.remark,
	'conversation_rating.contact_id': (r) => r.contactId,
	'conversation_rating.admin_id': (r) => r.teammateId,
	'conversation_rating.admin_d': (r) => r.teammateId,
};

type Link = TicketRecord['links'][number];

/** A linked object as Intercom lists it: a conversation (no category) or a ticket with its type's category. */
function linkedObject(store: Store, link: Link): Json | undefined {
	if (link.type === 'conversation')
		return store.conversations.has(link.id)
			? { type: 'conversation', id: link.id, category: null }
			: undefined;
	const t = store.tickets.get(link.id);
	return t ? { type: 'ticket', id: t.id, category: categoryOf(store, t) } : undefined;
}

/**
 * `linked_objects` of a ticket or a conversation: both sides of every link (a tracker lists the
 * conversations linked to it, each of them lists the tracker), deleted records left out.
 */
function linkedObjectsOf(store: Store, of: Link): Json {
	const links: Link[] = [];
	if (of.type === 'ticket') links.push(...(store.tickets.get(of.id)?.links ?? []));
	for (const t of store.tickets.values()) {
		if (t.links.some((l) => l.type === of.type && l.id === of.id))
			links.push({ type: 'ticket', id: t.id });
	}
	const data = links.map((l) => linkedObject(store, l)).filter((o): o is Json => !!o);
	return { type: 'list', data, total_count: data.length, has_more: false };
}

/** A ticket's category, from its type: Customer, Back-office or Tracker. */
function categoryOf(store: Store, t: TicketRecord): string {
	return String(ticketTypeOr404(store, t.ticket_type_id).category);
}

export function renderTicket(store: Store, t: TicketRecord): Json {
	const type = ticketTypeOr404(store, t.ticket_type_id);
	const state = store.ticketStates.find((s) => s.id === t.ticket_state_id)!;
	return {
		type: 'ticket',
		id: t.id,
		ticket_id: t.ticket_id,
		category: type.category,
		ticket_attributes: { ...t.ticket_attributes },
		ticket_state: state,
		ticket_type: { ...type, ticket_states: undefined },
		contacts: {
			type: 'contact.list',
			contacts: t.contactIds.map((id) => ({
				type: 'contact',
				id,
				external_id: store.contact(id)?.external_id ?? null,
			})),
		},
		admin_assignee_id: t.admin_assignee_id ?? '0',
		team_assignee_id: t.team_assignee_id ?? '0',
		created_at: t.created_at,
		updated_at: t.updated_at,
		open: t.open,
		snoozed_until: t.snoozed_until,
		linked_objects: linkedObjectsOf(store, { type: 'ticket', id: t.id }),
		tags: {
			type: 'tag.list',
			tags: store.renderTagsOn(t),
		},
		ticket_parts: {
			type: 'ticket_part.list',
			ticket_parts: t.parts.map((p) => ({ ...renderPart(p), type: 'ticket_part' })),
			total_count: t.parts.length,
		},
		is_shared: true,
		previous_ticket_state_id: t.previous_ticket_state_id ?? null,
	};
}

function touch(store: Store, c: { updated_at: number }): void {
	c.updated_at = store.now();
}

const conversationReader =
	(store: Store) =>
	(record: Json, field: string): unknown => {
		const c = store.conversations.get(String(record.id));
		if (field === 'tag_ids') return c?.tagIds ?? [];
		if (field === 'contact_ids') return c?.contactIds ?? [];
		const rating = RATING_FIELDS[field];
		if (rating) return c?.rating ? rating(c.rating) : null;
		return readPath(record, field);
	};

const SEARCH_CATEGORIES: Record<string, string> = {
	Customer: 'request',
	'Back-office': 'task',
	Tracker: 'tracker',
};

const ticketReader =
	(store: Store) =>
	(record: Json, field: string): unknown => {
		const t = store.tickets.get(String(record.id));
		if (field === 'state' || field === 'ticket_state_id')
			return field === 'state' ? (record.ticket_state as Json).category : t?.ticket_state_id;
		if (field === 'ticket_type_id') return t?.ticket_type_id;
		// The search names categories request, task and tracker (Customer, Back-office, Tracker).
		if (field === 'category')
			return t ? SEARCH_CATEGORIES[categoryOf(store, t)] : readPath(record, field);
		if (field === 'tag_ids') return t?.tagIds ?? [];
		if (field === 'contact_ids') return t?.contactIds ?? [];
		if (field === 'title') return t?.ticket_attributes._default_title_;
		if (field === 'description') return t?.ticket_attributes._default_description_;
		if (field.startsWith('ticket_attribute.')) {
			const type = ticketTypeOr404(store, t?.ticket_type_id);
			const attribute = ((type.ticket_type_attributes as Json).data as Json[]).find(
				(a) => a.id === field.slice('ticket_attribute.'.length),
			);
			return attribute ? t?.ticket_attributes[String(attribute.name)] : undefined;
		}
		return readPath(record, field);
	};

// ------------------------------------------------------------------------------------------
// Conversations

/** A new open conversation of one contact, started by `source` (a contact's or an admin's message). */
function openConversation(
	id: string,
	t: number,
	contactId: string,
	source: ConversationRecord['source'],
): ConversationRecord {
	return {
		id,
		title: null,
		created_at: t,
		updated_at: t,
		state: 'open',
		read: false,
		snoozed_until: null,
		admin_assignee_id: null,
		team_assignee_id: null,
		priority: 'not_priority',
		tagIds: [],
		contactIds: [contactId],
		custom_attributes: {},
		company_id: null,
		source,
		parts: [],
	};
}

route('POST /conversations', ({ store, body }) => {
	const from = (body.from as Json | undefined) ?? {};
	if (!body.body) throw invalid('body is required', 'body');
	const contact = contactByReference(store, { id: from.id });
	if (body.brand_id !== undefined && !brandsOf(store).has(String(body.brand_id)))
		throw invalid(`Brand ${String(body.brand_id)} not found`, 'brand_id');
	const t = store.now();
	const id = store.nextId('number');
	const c = openConversation(id, t, contact.id, {
		id: store.nextId('number'),
		body: String(body.body),
		author: contactAuthor(contact),
		redacted: false,
		subject: String(body.subject ?? ''),
	});
	if (body.brand_id !== undefined) c.brand_id = String(body.brand_id);
	store.conversations.set(c.id, c);
	return {
		type: 'user_message',
		id: c.source.id,
		created_at: t,
		body: c.source.body,
		message_type: 'inapp',
		conversation_id: c.id,
	};
});

route('POST /conversations/search', ({ store, body }) => {
	checkQuery(body.query);
	const pagination = (body.pagination as Json | undefined) ?? {};
	const read = conversationReader(store);
	const found = [...store.conversations.values()]
		.filter((c) => searchable(store, c))
		.map((c) => renderConversation(store, c))
		.filter((c) => matches(c, body.query, read));
	sortRecords(found, body.sort, read);
	return cursorPage(
		found,
		perPageOf(pagination.per_page, 20, CONTACT_PAGE_MAX),
		pagination.starting_after,
		'conversations',
	);
});

/** `GET /conversations`: the most recently updated first. */
export const newestFirst = (a: ConversationRecord, b: ConversationRecord): number =>
	b.updated_at - a.updated_at || Number(b.id) - Number(a.id);

/** `PUT /conversations/{id}`: read, title, company, custom attributes. */
export function updateConversation({ store, body }: RouteContext, c: ConversationRecord): void {
	if (body.read !== undefined) c.read = Boolean(body.read);
	if (body.title !== undefined) c.title = String(body.title);
	if (body.company_id !== undefined) c.company_id = String(body.company_id);
	if (body.custom_attributes && typeof body.custom_attributes === 'object')
		Object.assign(c.custom_attributes, body.custom_attributes);
	touch(store, c);
}

route('POST /conversations/{conversation_id}/reply', ({ store, params, body }) => {
	const c = conversationOr404(store, params.conversation_id);
	const type = body.type ?? 'admin';
	const messageType = String(body.message_type ?? 'comment');
	if (
		(messageType === 'comment' || messageType === 'note') &&
		!body.body &&
		!(body.attachment_urls as unknown[] | undefined)?.length &&
		!(body.attachment_files as unknown[] | undefined)?.length
	) {
		throw invalid('body is required for comments and notes', 'body');
	}
	let p: PartRecord;
	if (type === 'admin') {
		const metadata = adminReplyMetadata(body);
		p = part(
			store,
			metadata ? 'quick_reply' : messageType === 'note' ? 'note' : 'comment',
			body.body === undefined ? null : String(body.body),
			adminAuthor(store, body.admin_id),
		);
		if (metadata) p.metadata = metadata;
		if (messageType !== 'note' && c.state === 'snoozed') c.state = 'open';
	} else {
		const contact = contactByReference(store, body);
		p = part(store, 'comment', String(body.body ?? ''), contactAuthor(contact));
		const metadata = contactReplyMetadata(body);
		if (metadata) p.metadata = metadata;
		if (c.state !== 'open') c.state = 'open';
	}
	const attachments = attachmentsOf(body, p.id);
	if (attachments.length) p.attachments = attachments;
	c.parts.push(p);
	touch(store, c);
	return renderConversation(store, c);
});

route('POST /conversations/{conversation_id}/parts', ({ store, params, body }) => {
	const c = conversationOr404(store, params.conversation_id);
	const author = adminAuthor(store, body.admin_id);
	switch (body.message_type) {
		case 'close':
			c.state = 'closed';
			c.snoozed_until = null;
			c.parts.push(part(store, 'close', (body.body as string | undefined) ?? null, author));
			break;
		case 'open':
			c.state = 'open';
			c.snoozed_until = null;
			c.parts.push(part(store, 'open', null, author));
			break;
		case 'snoozed': {
			const until = Number(body.snoozed_until);
			if (!Number.isInteger(until) || until <= store.now())
				throw invalid('snoozed_until must be a future timestamp', 'snoozed_until');
			c.state = 'snoozed';
			c.snoozed_until = until;
			c.parts.push(part(store, 'snoozed', null, author));
			break;
		}
		case 'assignment': {
			const assignee = String(body.assignee_id ?? '');
			if (body.type === 'team') {
				if (assignee !== '0' && !store.teams.some((t) => t.id === assignee))
					throw invalid('Team not found', 'assignee_id');
				c.team_assignee_id = assignee === '0' ? null : assignee;
			} else {
				if (assignee !== '0') adminOr400(store, assignee, 'assignee_id');
				c.admin_assignee_id = assignee === '0' ? null : Number(assignee);
			}
			c.parts.push(
				part(
					store,
					'assignment',
					(body.body as string | undefined) ?? null,
					author,
					assignee === '0' ? null : { type: body.type, id: assignee },
				),
			);
			break;
		}
		default:
			throw invalid(`Unknown message_type ${JSON.stringify(body.message_type)}`, 'message_type');
	}
	touch(store, c);
	return renderConversation(store, c);
});

tagRoutes('/conversations/{conversation_id}', conversationOr404, true);

route('POST /conversations/{conversation_id}/customers', ({ store, params, body }) => {
	const c = conversationOr404(store, params.conversation_id);
	adminOr400(store, body.admin_id);
	const contact = contactByReference(store, body.customer as Json | undefined);
	if (!c.contactIds.includes(contact.id)) c.contactIds.push(contact.id);
	touch(store, c);
	return renderConversation(store, c);
});

route(
	'DELETE /conversations/{conversation_id}/customers/{contact_id}',
	({ store, params, body }) => {
		const c = conversationOr404(store, params.conversation_id);
		adminOr400(store, body.admin_id);
		contactOr404(store, params.contact_id);
		if (c.contactIds.length === 1 && c.contactIds[0] === params.contact_id)
			throw unprocessable('Removing the last customer is not allowed', 'contact_id');
		c.contactIds = c.contactIds.filter((id) => id !== params.contact_id);
		touch(store, c);
		return renderConversation(store, c);
	},
);

route('POST /conversations/redact', ({ store, body }) => {
	const c = conversationOr404(store, String(body.conversation_id));
	if (body.type === 'source') {
		if (String(body.source_id) !== c.source.id) throw notFound('Source not found');
		c.source.redacted = true;
	} else {
		const p = c.parts.find((k) => k.id === String(body.conversation_part_id));
		if (!p) throw notFound('Conversation part not found');
		p.redacted = true;
	}
	return renderConversation(store, c);
});

route('POST /conversations/{conversation_id}/convert', ({ store, params, body }) => {
	const c = conversationOr404(store, params.conversation_id);
	const ticket = buildTicket(store, {
		ticket_type_id: body.ticket_type_id,
		contacts: c.contactIds.map((id) => ({ id })),
		ticket_attributes: body.attributes ?? {},
	});
	ticket.links = [{ type: 'conversation', id: c.id }];
	store.tickets.set(ticket.id, ticket);
	return renderTicket(store, ticket);
});

// ------------------------------------------------------------------------------------------
// Tickets

function checkAttributes(store: Store, typeId: string, attributes: Json, creating: boolean): void {
	const type = ticketTypeOr404(store, typeId);
	// Archived attributes are neither asked for nor set on tickets.
	const defined = liveAttributes(type);
	for (const [name, value] of Object.entries(attributes)) {
		const attribute = defined.find((a) => a.name === name);
		if (!attribute)
			throw invalid(
				`Ticket attribute ${name} does not exist on ticket type ${typeId}`,
				'ticket_attributes',
			);
		const options = ((attribute.input_options as Json | null)?.list_options as Json[] | undefined)
			?.filter((o) => o.archived !== true)
			.map((o) => o.label);
		if (attribute.data_type === 'list' && options && value !== '' && !options.includes(value))
			throw invalid(
				`Ticket attribute ${name} must be one of ${options.join(', ')}`,
				'ticket_attributes',
			);
	}
	if (!creating) return;
	for (const a of defined) {
		if (
			a.required_to_create === true &&
			(attributes[String(a.name)] === undefined || attributes[String(a.name)] === '')
		) {
			throw invalid(`Ticket attribute ${String(a.name)} is required`, 'ticket_attributes');
		}
	}
}

/** A new ticket (not stored yet): its type must exist, one contact at least, the type's required attributes. */
export function buildTicket(store: Store, body: Json): TicketRecord {
	const typeId = String(body.ticket_type_id ?? '');
	ticketTypeOr404(store, typeId);
	const refs = (body.contacts as Json[] | undefined) ?? [];
	if (refs.length === 0) throw invalid('contacts must name one contact', 'contacts');
	const contacts = refs.map((r) => contactByReference(store, r));
	const attributes = (body.ticket_attributes as Json | undefined) ?? {};
	checkAttributes(store, typeId, attributes, true);
	const t = store.now();
	const ticket: TicketRecord = {
		id: store.nextId('number'),
		ticket_id: String(store.tickets.size + 1),
		ticket_type_id: typeId,
		ticket_attributes: { ...attributes },
		ticket_state_id: String(store.ticketStates[0].id),
		contactIds: contacts.map((c) => c.id),
		company_id: body.company_id === undefined ? null : String(body.company_id),
		admin_assignee_id: null,
		team_assignee_id: null,
		open: true,
		snoozed_until: null,
		created_at: body.created_at === undefined ? t : Number(body.created_at),
		updated_at: t,
		tagIds: [],
		parts: [],
		links:
			body.conversation_to_link_id === undefined
				? []
				: [linkTarget(store, String(body.conversation_to_link_id))],
	};
	return ticket;
}

/** What a conversation ID names: a conversation, or a ticket (tickets are conversations too). */
function linkTarget(store: Store, id: string): Link {
	if (store.conversations.has(id)) return { type: 'conversation', id };
	if (store.tickets.has(id)) return { type: 'ticket', id };
	throw notFound('Conversation not found', 'conversation_not_found');
}

/** `PUT /tickets/{id}`: attributes checked against the type, state, open, snooze, company, assignee. */
export function updateTicket({ store, body }: RouteContext, t: TicketRecord): void {
	if (body.ticket_attributes && typeof body.ticket_attributes === 'object') {
		checkAttributes(store, t.ticket_type_id, body.ticket_attributes as Json, false);
		Object.assign(t.ticket_attributes, body.ticket_attributes);
	}
	if (body.ticket_state_id !== undefined) {
		if (!store.ticketStates.some((s) => s.id === String(body.ticket_state_id)))
			throw invalid('Ticket state not found', 'ticket_state_id');
		if (
			!statesOf(ticketTypeOr404(store, t.ticket_type_id)).some(
				(s) => s.id === String(body.ticket_state_id),
			)
		)
			throw invalid("Ticket custom state doesn't belong to the ticket's type", 'ticket_state_id');
		const to = String(body.ticket_state_id);
		if (to !== t.ticket_state_id) {
			// A change of state is a part: the admin the request names, else Intercom's bot (as the
			// spec's examples show), with both states' categories.
			const author = body.admin_id === undefined ? OPERATOR : adminAuthor(store, body.admin_id);
			const p = part(store, 'ticket_state_updated_by_admin', null, author);
			p.previous_ticket_state = stateCategory(store, t.ticket_state_id);
			p.ticket_state = stateCategory(store, to);
			t.parts.push(p);
			t.previous_ticket_state_id = t.ticket_state_id;
			t.ticket_state_id = to;
		}
	}
	if (body.open !== undefined) t.open = Boolean(body.open);
	if (body.snoozed_until !== undefined) t.snoozed_until = Number(body.snoozed_until);
	if (body.company_id !== undefined) t.company_id = String(body.company_id);
	if (body.assignee_id !== undefined) {
		const id = String(body.assignee_id);
		if (store.admin(id)) t.admin_assignee_id = id;
		else if (store.teams.some((k) => k.id === id)) t.team_assignee_id = id;
		else if (id === '0') t.admin_assignee_id = null;
		else throw invalid('Assignee not found', 'assignee_id');
	}
	touch(store, t);
}

route('POST /tickets/{ticket_id}/reply', ({ store, params, body }) => {
	const t = ticketOr404(store, params.ticket_id);
	const admin = body.type === 'admin';
	const metadata = admin ? adminReplyMetadata(body) : contactReplyMetadata(body);
	const quickReply = admin && metadata !== undefined;
	if (!quickReply && !body.body) throw invalid('body is required', 'body');
	const author = admin
		? adminAuthor(store, body.admin_id)
		: contactAuthor(contactByReference(store, body));
	const note = admin && body.message_type === 'note';
	const p = part(
		store,
		quickReply ? 'quick_reply' : note ? 'note' : 'comment',
		body.body === undefined ? null : String(body.body),
		author,
	);
	if (metadata) p.metadata = metadata;
	// On tickets, files sent take the place of any attachment URLs.
	const attachments = attachmentsOf(body, p.id, true);
	if (attachments.length) p.attachments = attachments;
	t.parts.push(p);
	// A cross-posted note on a back-office ticket is added to each conversation linked to it.
	if (note && body.cross_post === true && categoryOf(store, t) === 'Back-office') {
		for (const link of t.links) {
			const c = link.type === 'conversation' ? store.conversations.get(link.id) : undefined;
			if (!c) continue;
			const copy = part(store, 'note', p.body, author);
			if (p.attachments) copy.attachments = p.attachments;
			c.parts.push(copy);
			touch(store, c);
		}
	}
	touch(store, t);
	return { ...renderPart(p), type: 'ticket_part' };
});

route('POST /tickets/search', ({ store, body }) => {
	checkQuery(body.query);
	const pagination = (body.pagination as Json | undefined) ?? {};
	const read = ticketReader(store);
	const found = [...store.tickets.values()]
		.filter((t) => searchable(store, t))
		.map((t) => renderTicket(store, t))
		.filter((t) => matches(t, body.query, read));
	sortRecords(found, body.sort, read);
	return cursorPage(
		found,
		perPageOf(pagination.per_page, 20, CONTACT_PAGE_MAX),
		pagination.starting_after,
		'tickets',
	);
});

tagRoutes('/tickets/{ticket_id}', ticketOr404, true);

/** The tracker ticket in a linked-conversations path: 404 unknown, 400 any other category. */
function trackerOr400(store: Store, id: string, action: 'linking' | 'unlinking'): TicketRecord {
	const t = ticketOr404(store, id);
	if (categoryOf(store, t) !== 'Tracker')
		throw new SandboxError(
			400,
			'invalid_ticket_type',
			`Only tracker tickets support ${action} conversations`,
		);
	return t;
}

/** A linked conversation or ticket as the link routes answer it (the conversation, or the customer ticket). */
function renderLinkTarget(store: Store, link: Link): Json {
	if (link.type === 'ticket') {
		const t = store.tickets.get(link.id);
		return t ? renderTicket(store, t) : { type: 'ticket', id: link.id };
	}
	const c = store.conversations.get(link.id);
	return c ? renderConversation(store, c) : { type: 'conversation', id: link.id };
}

/** Intercom's bound on the conversations one tracker ticket can have linked. */
export const TRACKER_LINK_LIMIT = 2500;

route('POST /tickets/{ticket_id}/linked_conversations', ({ store, params, body }) => {
	const tracker = trackerOr400(store, params.ticket_id, 'linking');
	if (
		body.conversation_id === undefined ||
		body.conversation_id === null ||
		body.conversation_id === ''
	)
		throw new SandboxError(400, 'parameter_not_found', 'conversation_id not specified');
	const target = linkTarget(store, String(body.conversation_id));
	if (target.type === 'ticket') {
		const t = store.tickets.get(target.id)!;
		if (categoryOf(store, t) !== 'Customer')
			throw invalid(
				'Only conversations and customer tickets can be linked to a tracker ticket',
				'conversation_id',
			);
	}
	const same = (l: Link) => l.type === target.type && l.id === target.id;
	const other = [...store.tickets.values()].find(
		(t) => t !== tracker && categoryOf(store, t) === 'Tracker' && t.links.some(same),
	);
	if (other)
		throw new SandboxError(
			400,
			'already_linked_to_tracker',
			'A conversation can only have one tracker ticket',
		);
	if (!tracker.links.some(same)) {
		if (tracker.links.length >= TRACKER_LINK_LIMIT)
			throw new SandboxError(
				400,
				'linked_conversation_limit_exceeded',
				'Ticket has reached the maximum number of conversations that can be linked',
			);
		tracker.links.push(target);
		touch(store, tracker);
	}
	return renderLinkTarget(store, target);
});

route('DELETE /tickets/{ticket_id}/linked_conversations/{id}', ({ store, params }) => {
	const tracker = trackerOr400(store, params.ticket_id, 'unlinking');
	const link = tracker.links.find((l) => l.id === params.id);
	if (!link)
		throw new SandboxError(
			404,
			'conversation_not_found',
			'Conversation is not linked to this ticket',
		);
	tracker.links = tracker.links.filter((l) => l !== link);
	touch(store, tracker);
	return renderLinkTarget(store, link);
});

/**
 * `POST /tickets/{id}/change_type`: a type of the same category and one of its states; attributes
 * of the same name and data type carry over, the body's override them, the rest are dropped.
 */
route('POST /tickets/{ticket_id}/change_type', ({ store, params, body }) => {
	const t = store.tickets.get(params.ticket_id);
	if (!t) throw notFound();
	for (const field of ['ticket_type_id', 'ticket_state_id']) {
		if (body[field] === undefined || body[field] === null || body[field] === '')
			throw new SandboxError(400, 'parameter_not_found', `${field} is a required parameter`);
	}
	const typeId = String(body.ticket_type_id);
	if (typeId === t.ticket_type_id)
		throw invalid('Cannot change to the same ticket type', 'ticket_type_id');
	const from = ticketTypeOr404(store, t.ticket_type_id);
	const to = ticketTypeOr404(store, typeId);
	if (to.category !== from.category)
		throw invalid(
			`The new ticket type must be in the same category as the current type (${String(from.category)})`,
			'ticket_type_id',
		);
	const stateId = String(body.ticket_state_id);
	if (!statesOf(to).some((s) => s.id === stateId))
		throw invalid("Ticket custom state doesn't belong to the new ticket type", 'ticket_state_id');
	const given = (body.ticket_attributes as Json | undefined) ?? {};
	const target = liveAttributes(to);
	const extra = Object.keys(given).filter((name) => !target.some((a) => a.name === name));
	if (extra.length)
		throw invalid(
			`Extra attributes provided that are not found on ticket type: ${extra.join(', ')}`,
			'ticket_attributes',
		);
	const before = liveAttributes(from);
	const carried: Json = {};
	for (const a of target) {
		const name = String(a.name);
		const old = before.find((b) => b.name === name && b.data_type === a.data_type);
		if (old && t.ticket_attributes[name] !== undefined) carried[name] = t.ticket_attributes[name];
	}
	t.ticket_type_id = typeId;
	t.ticket_state_id = stateId;
	t.ticket_attributes = { ...carried, ...given };
	touch(store, t);
	return renderTicket(store, t);
});

// ------------------------------------------------------------------------------------------
// Ticket types

/** Intercom's icon for a ticket type created without one. */
const DEFAULT_TICKET_TYPE_ICON = '🎟️';

/** A ticket type's attribute as Intercom stores it, with the input options its data type takes. */
export function ticketTypeAttribute(store: Store, typeId: string, body: Json, order: number): Json {
	const t = store.now();
	const dataType = String(body.data_type);
	return {
		type: 'ticket_type_attribute',
		id: store.nextId('number'),
		workspace_id: WORKSPACE_ID,
		name: String(body.name),
		description: String(body.description ?? ''),
		data_type: dataType,
		input_options: inputOptions(store, dataType, body, null),
		order,
		required_to_create: body.required_to_create === true,
		required_to_create_for_contacts: body.required_to_create_for_contacts === true,
		visible_on_create: body.visible_on_create !== false,
		visible_to_contacts: body.visible_to_contacts !== false,
		default: false,
		ticket_type_id: Number(typeId),
		archived: false,
		created_at: t,
		updated_at: t,
	};
}

/**
 * `input_options` for a data type: `multiline` (string), `list_options` from the comma-separated
 * `list_items` (list; options keep their ids by label), `allow_multiple_values` (files).
 */
function inputOptions(
	store: Store,
	dataType: string,
	body: Json,
	current: Json | null,
): Json | null {
	switch (dataType) {
		case 'string':
			return {
				multiline:
					body.multiline === undefined ? current?.multiline === true : body.multiline === true,
			};
		case 'list': {
			const before = (current?.list_options as Json[] | undefined) ?? [];
			if (body.list_items === undefined) return current;
			const labels = String(body.list_items)
				.split(',')
				.map((label) => label.trim())
				.filter(Boolean);
			if (!labels.length) throw invalid('A list attribute needs list_items', 'list_items');
			return {
				list_options: labels.map((label) => ({
					id: String(before.find((o) => o.label === label)?.id ?? store.nextId('number')),
					label,
					archived: false,
				})),
			};
		}
		case 'files':
			return {
				allow_multiple_values:
					body.allow_multiple_values === undefined
						? current?.allow_multiple_values === true
						: body.allow_multiple_values === true,
			};
		default:
			return current;
	}
}

function checkTicketTypeName(name: unknown): void {
	if (typeof name !== 'string' || !name.trim()) throw invalid('Name is required', 'name');
}

/** `POST /ticket_types`: Customer unless told, Intercom's icon, its Title and Description attributes and the default states. */
export function createTicketType({ store, body }: RouteContext): Json {
	checkTicketTypeName(body.name);
	const t = store.now();
	const id = store.nextId('number');
	const type: Json = {
		type: 'ticket_type',
		id,
		category: body.category ?? 'Customer',
		name: String(body.name).trim(),
		description: String(body.description ?? ''),
		icon: body.icon === undefined ? DEFAULT_TICKET_TYPE_ICON : String(body.icon),
		workspace_id: WORKSPACE_ID,
		archived: false,
		is_internal: body.is_internal === true,
		created_at: t,
		updated_at: t,
		ticket_type_attributes: { type: 'list', data: [] },
		ticket_states: { type: 'list', data: store.defaultTicketStates },
	};
	const defaults = [
		{ name: '_default_title_', multiline: false },
		{ name: '_default_description_', multiline: true },
	];
	(type.ticket_type_attributes as Json).data = defaults.map((d, order) => ({
		...ticketTypeAttribute(store, id, { ...d, data_type: 'string', description: '' }, order),
		default: true,
	}));
	return type;
}

/** `PUT /ticket_types/{id}`: name, description, icon, category, archived, internal. */
export function updateTicketType({ store, body }: RouteContext, type: Json): void {
	if (body.name !== undefined) {
		checkTicketTypeName(body.name);
		type.name = String(body.name).trim();
	}
	for (const key of ['description', 'icon', 'category'] as const)
		if (body[key] !== undefined) type[key] = String(body[key]);
	if (body.archived !== undefined) type.archived = body.archived === true;
	if (body.is_internal !== undefined) type.is_internal = body.is_internal === true;
	type.updated_at = store.now();
}

function checkAttributeName(type: Json, name: unknown, except?: Json): void {
	if (typeof name !== 'string' || !name.trim()) throw invalid('Name is required', 'name');
	// Tickets hold attribute values by name: two attributes of one type cannot share one.
	if (
		((type.ticket_type_attributes as Json).data as Json[]).some(
			(a) => a !== except && String(a.name).toLowerCase() === name.trim().toLowerCase(),
		)
	)
		throw invalid(`The ticket type already has an attribute named ${name.trim()}`, 'name');
}

route('POST /ticket_types/{ticket_type_id}/attributes', ({ store, params, body }) => {
	const type = ticketTypeOr404(store, params.ticket_type_id);
	checkAttributeName(type, body.name);
	if (body.data_type === 'list' && !String(body.list_items ?? '').trim())
		throw invalid('A list attribute needs list_items', 'list_items');
	const data = (type.ticket_type_attributes as Json).data as Json[];
	const attribute = ticketTypeAttribute(
		store,
		String(type.id),
		{ ...body, name: String(body.name).trim() },
		data.length,
	);
	data.push(attribute);
	type.updated_at = store.now();
	return attribute;
});

/** Options of one data type only, refused on attributes of another. */
const TYPED_OPTIONS: Array<[key: string, dataType: string]> = [
	['multiline', 'string'],
	['list_items', 'list'],
	['allow_multiple_values', 'files'],
];

route('PUT /ticket_types/{ticket_type_id}/attributes/{attribute_id}', ({ store, params, body }) => {
	const type = ticketTypeOr404(store, params.ticket_type_id);
	const data = (type.ticket_type_attributes as Json).data as Json[];
	const attribute = data.find((a) => a.id === params.attribute_id);
	if (!attribute) throw notFound('Ticket type attribute not found');
	for (const [key, dataType] of TYPED_OPTIONS) {
		if (body[key] !== undefined && attribute.data_type !== dataType)
			throw invalid(`${key} applies to ${dataType} attributes only`, key);
	}
	if (body.name !== undefined) {
		checkAttributeName(type, body.name, attribute);
		const before = String(attribute.name);
		const after = String(body.name).trim();
		// Tickets of the type keep their values under the new name.
		for (const t of store.tickets.values()) {
			if (t.ticket_type_id !== String(type.id) || !(before in t.ticket_attributes)) continue;
			t.ticket_attributes[after] = t.ticket_attributes[before];
			delete t.ticket_attributes[before];
		}
		attribute.name = after;
	}
	if (body.description !== undefined) attribute.description = String(body.description);
	for (const key of [
		'required_to_create',
		'required_to_create_for_contacts',
		'visible_on_create',
		'visible_to_contacts',
		'archived',
	]) {
		if (body[key] !== undefined) attribute[key] = body[key] === true;
	}
	attribute.input_options = inputOptions(
		store,
		String(attribute.data_type),
		body,
		(attribute.input_options as Json | null) ?? null,
	);
	attribute.updated_at = store.now();
	type.updated_at = store.now();
	return attribute;
});

/** `GET /ticket_states`: each state with the ticket types that have it (as Intercom lists them). */
export function renderTicketState(store: Store, state: Json): Json {
	const types = store.ticketTypes.filter((t) => statesOf(t).some((k) => k.id === state.id));
	return {
		...state,
		archived: state.archived === true,
		ticket_types: {
			type: 'list',
			data: types.map((t) => ({
				type: 'ticket_type',
				id: t.id,
				name: t.name,
				description: t.description,
				icon: t.icon,
				archived: t.archived,
				is_internal: t.is_internal,
				category: t.category,
			})),
		},
	};
}

// ------------------------------------------------------------------------------------------
// Messages (admin-initiated)

/** `to`, `cc` or `bcc` of POST /messages: one recipient or a list, each a contact that must exist. */
function recipientsOf(store: Store, value: unknown): ContactRecord[] {
	if (value === undefined || value === null) return [];
	const list = (Array.isArray(value) ? value : [value]) as Json[];
	return list.map((r) =>
		contactByReference(store, { id: r?.id, user_id: r?.user_id, email: r?.email }),
	);
}

route('POST /messages', ({ store, body }) => {
	const from = (body.from as Json | undefined) ?? {};
	adminOr400(store, from.id, 'from');
	const to = recipientsOf(store, body.to ?? {});
	const [contact] = to;
	if (!contact) throw invalid('to is required', 'to');
	const cc = recipientsOf(store, body.cc);
	const bcc = recipientsOf(store, body.bcc);
	if (!body.body) throw invalid('body is required', 'body');
	if (body.message_type === 'email' && !body.subject)
		throw new SandboxError(
			422,
			'parameter_not_found',
			'No subject supplied for email message',
			'subject',
		);
	const t = store.now();
	const id = store.nextId('number');
	let conversationId: string | undefined;
	if (body.create_conversation_without_contact_reply === true) {
		conversationId = store.nextId('number');
		store.conversations.set(
			conversationId,
			openConversation(conversationId, t, contact.id, {
				id,
				body: String(body.body),
				author: adminAuthor(store, from.id),
				redacted: false,
				subject: String(body.subject ?? ''),
				// An email conversation lists its recipients (those with an email address).
				...(body.message_type === 'email'
					? {
							recipients: (
								[
									['to', to],
									['cc', cc],
									['bcc', bcc],
								] as const
							).flatMap(([type, contacts]) =>
								contacts.filter((k) => k.email).map((k) => ({ type, email: k.email! })),
							),
						}
					: {}),
			}),
		);
	}
	return {
		type: 'admin_message',
		id,
		created_at: t,
		subject: body.subject ?? '',
		body: body.body,
		message_type: body.message_type,
		...(conversationId ? { conversation_id: conversationId } : {}),
	};
});
