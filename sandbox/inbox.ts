/**
 * The support-inbox endpoints where Intercom does more than store what it is sent: conversations
 * (create, search, reply, close/open/snooze/assign, tags, participants, redact, convert), tickets
 * (reply, search, tags) and admin-initiated messages; and the rules the generic resources
 * (resources.ts) hook in: how conversations and tickets render and update, and ticket creation
 * checked against its type. 2.16 shapes, trimmed to what the nodes read.
 */
import { SandboxError, invalid, notFound, unprocessable } from './errors';
import { contactOr404, tagRoutes } from './crm';
import type { RouteContext } from './registry';
import { CONTACT_PAGE_MAX, cursorPage, perPageOf, route } from './registry';
import { checkQuery, matches, readPath, sortRecords } from './search';
import type {
	ContactRecord,
	ConversationRecord,
	Json,
	PartRecord,
	Store,
	TicketRecord,
} from './store';
import { now } from './store';

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

function ticketTypeOr404(store: Store, id: unknown): Json {
	const t = store.ticketTypes.find((k) => k.id === String(id));
	if (!t) throw new SandboxError(404, 'not_found', 'Ticket type not found');
	return t;
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
		created_at: now(),
		author,
		assigned_to,
		redacted: false,
	};
}

const renderPart = (p: PartRecord): Json => ({
	type: 'conversation_part',
	id: p.id,
	part_type: p.part_type,
	body: p.redacted ? null : p.body,
	created_at: p.created_at,
	updated_at: p.created_at,
	notified_at: p.created_at,
	assigned_to: p.assigned_to,
	author: p.author,
	attachments: [],
	external_id: null,
	redacted: p.redacted,
});

export function renderConversation(store: Store, c: ConversationRecord): Json {
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
			tags: c.tagIds
				.filter((id) => store.tags.has(id))
				.map((id) => store.renderTag(store.tags.get(id)!)),
		},
		source: {
			type: 'conversation',
			id: c.source.id,
			delivered_as: 'customer_initiated',
			subject: c.source.subject,
			body: c.source.redacted ? null : c.source.body,
			author: c.source.author,
			attachments: [],
			url: null,
			redacted: c.source.redacted,
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
			conversation_parts: c.parts.map(renderPart),
			total_count: c.parts.length,
		},
	};
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
		linked_objects: {
			type: 'list',
			data: t.linked_conversation_id
				? [{ type: 'conversation', id: t.linked_conversation_id, category: null }]
				: [],
			total_count: t.linked_conversation_id ? 1 : 0,
			has_more: false,
		},
		tags: {
			type: 'tag.list',
			tags: t.tagIds
				.filter((id) => store.tags.has(id))
				.map((id) => store.renderTag(store.tags.get(id)!)),
		},
		ticket_parts: {
			type: 'ticket_part.list',
			ticket_parts: t.parts.map((p) => ({ ...renderPart(p), type: 'ticket_part' })),
			total_count: t.parts.length,
		},
		is_shared: true,
	};
}

function touch(c: { updated_at: number }): void {
	c.updated_at = now();
}

const conversationReader =
	(store: Store) =>
	(record: Json, field: string): unknown => {
		const c = store.conversations.get(String(record.id));
		if (field === 'tag_ids') return c?.tagIds ?? [];
		if (field === 'contact_ids') return c?.contactIds ?? [];
		return readPath(record, field);
	};

const ticketReader =
	(store: Store) =>
	(record: Json, field: string): unknown => {
		const t = store.tickets.get(String(record.id));
		if (field === 'state' || field === 'ticket_state_id')
			return field === 'state' ? (record.ticket_state as Json).category : t?.ticket_state_id;
		if (field === 'ticket_type_id') return t?.ticket_type_id;
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
	const t = now();
	const id = store.nextId('number');
	const c = openConversation(id, t, contact.id, {
		id: store.nextId('number'),
		body: String(body.body),
		author: contactAuthor(contact),
		redacted: false,
		subject: '',
	});
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
export function updateConversation({ body }: RouteContext, c: ConversationRecord): void {
	if (body.read !== undefined) c.read = Boolean(body.read);
	if (body.title !== undefined) c.title = String(body.title);
	if (body.company_id !== undefined) c.company_id = String(body.company_id);
	if (body.custom_attributes && typeof body.custom_attributes === 'object')
		Object.assign(c.custom_attributes, body.custom_attributes);
	touch(c);
}

route('POST /conversations/{conversation_id}/reply', ({ store, params, body }) => {
	const c = conversationOr404(store, params.conversation_id);
	const type = body.type ?? 'admin';
	const messageType = String(body.message_type ?? 'comment');
	if (
		(messageType === 'comment' || messageType === 'note') &&
		!body.body &&
		!(body.attachment_urls as unknown[] | undefined)?.length
	) {
		throw invalid('body is required for comments and notes', 'body');
	}
	if (type === 'admin') {
		c.parts.push(
			part(
				store,
				messageType === 'note' ? 'note' : 'comment',
				String(body.body ?? ''),
				adminAuthor(store, body.admin_id),
			),
		);
		if (messageType === 'comment' && c.state === 'snoozed') c.state = 'open';
	} else {
		const contact = contactByReference(store, body);
		c.parts.push(part(store, 'comment', String(body.body ?? ''), contactAuthor(contact)));
		if (c.state !== 'open') c.state = 'open';
	}
	touch(c);
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
			if (!Number.isInteger(until) || until <= now())
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
	touch(c);
	return renderConversation(store, c);
});

tagRoutes('/conversations/{conversation_id}', conversationOr404, true);

route('POST /conversations/{conversation_id}/customers', ({ store, params, body }) => {
	const c = conversationOr404(store, params.conversation_id);
	adminOr400(store, body.admin_id);
	const contact = contactByReference(store, body.customer as Json | undefined);
	if (!c.contactIds.includes(contact.id)) c.contactIds.push(contact.id);
	touch(c);
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
		touch(c);
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
	ticket.linked_conversation_id = c.id;
	store.tickets.set(ticket.id, ticket);
	return renderTicket(store, ticket);
});

// ------------------------------------------------------------------------------------------
// Tickets

function checkAttributes(store: Store, typeId: string, attributes: Json, creating: boolean): void {
	const type = ticketTypeOr404(store, typeId);
	const defined = (type.ticket_type_attributes as Json).data as Json[];
	for (const name of Object.keys(attributes)) {
		if (!defined.some((a) => a.name === name))
			throw invalid(
				`Ticket attribute ${name} does not exist on ticket type ${typeId}`,
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
	const t = now();
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
		linked_conversation_id:
			body.conversation_to_link_id === undefined ? null : String(body.conversation_to_link_id),
	};
	return ticket;
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
		t.ticket_state_id = String(body.ticket_state_id);
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
	touch(t);
}

route('POST /tickets/{ticket_id}/reply', ({ store, params, body }) => {
	const t = ticketOr404(store, params.ticket_id);
	if (!body.body) throw invalid('body is required', 'body');
	const author =
		body.type === 'admin'
			? adminAuthor(store, body.admin_id)
			: contactAuthor(contactByReference(store, body));
	const p = part(
		store,
		body.message_type === 'note' ? 'note' : 'comment',
		String(body.body),
		author,
	);
	t.parts.push(p);
	touch(t);
	return { ...renderPart(p), type: 'ticket_part' };
});

route('POST /tickets/search', ({ store, body }) => {
	checkQuery(body.query);
	const pagination = (body.pagination as Json | undefined) ?? {};
	const read = ticketReader(store);
	const found = [...store.tickets.values()]
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

// ------------------------------------------------------------------------------------------
// Messages (admin-initiated)

route('POST /messages', ({ store, body }) => {
	const from = (body.from as Json | undefined) ?? {};
	const to = (body.to as Json | undefined) ?? {};
	adminOr400(store, from.id, 'from');
	const contact = contactByReference(store, { id: to.id, user_id: to.user_id, email: to.email });
	if (!body.body) throw invalid('body is required', 'body');
	if (body.message_type === 'email' && !body.subject)
		throw new SandboxError(
			422,
			'parameter_not_found',
			'No subject supplied for email message',
			'subject',
		);
	const t = now();
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
