import type { IDataObject } from 'n8n-workflow';

/** The contact fields kept by Simplify. */
export const CONTACT_SIMPLE_FIELDS = [
	'id',
	'role',
	'external_id',
	'email',
	'phone',
	'name',
	'owner_id',
	'created_at',
	'updated_at',
	'signed_up_at',
	'last_seen_at',
	'unsubscribed_from_emails',
	'custom_attributes',
];

export function pick(data: IDataObject, keys: string[]): IDataObject {
	const out: IDataObject = {};
	for (const key of keys) if (key in data) out[key] = data[key];
	return out;
}

export function simplifyContacts(data: IDataObject[]): IDataObject[] {
	return data.map((contact) => pick(contact, CONTACT_SIMPLE_FIELDS));
}

/** The company fields kept by Simplify; plan and tags are flattened to names. */
export const COMPANY_SIMPLE_FIELDS = [
	'id',
	'company_id',
	'name',
	'website',
	'industry',
	'size',
	'monthly_spend',
	'user_count',
	'session_count',
	'created_at',
	'updated_at',
	'remote_created_at',
	'last_request_at',
	'custom_attributes',
];

/** The object at `key`, or undefined when Intercom sends null, another type or nothing. */
function objectAt(data: IDataObject, key: string): IDataObject | undefined {
	const value = data[key];
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: undefined;
}

/**
 * One field of each entry of a list Intercom nests under the same key twice (`tags.tags`,
 * `contacts.contacts`), or undefined when the list is absent.
 */
function listField(data: IDataObject, key: string, field: string): unknown[] | undefined {
	const list = objectAt(data, key)?.[key];
	if (!Array.isArray(list)) return undefined;
	return list
		.filter((entry): entry is IDataObject => entry !== null && typeof entry === 'object')
		.map((entry) => entry[field]);
}

export function simplifyCompanies(data: IDataObject[]): IDataObject[] {
	return data.map((company) => {
		const out = pick(company, COMPANY_SIMPLE_FIELDS);
		const plan = objectAt(company, 'plan');
		if (plan && 'name' in plan) out.plan = plan.name;
		const tags = listField(company, 'tags', 'name');
		if (tags) out.tags = tags;
		return out;
	});
}

/**
 * The conversation fields kept by Simplify; contacts and tags are flattened to IDs and names, the
 * source to its subject, body and author, the parts to their count.
 */
export const CONVERSATION_SIMPLE_FIELDS = [
	'id',
	'title',
	'state',
	'open',
	'read',
	'priority',
	'created_at',
	'updated_at',
	'waiting_since',
	'snoozed_until',
	'admin_assignee_id',
	'team_assignee_id',
	'custom_attributes',
];

const AUTHOR_FIELDS = ['type', 'id', 'name', 'email'];

export function simplifyConversations(data: IDataObject[]): IDataObject[] {
	return data.map((conversation) => {
		const out = pick(conversation, CONVERSATION_SIMPLE_FIELDS);
		const contactIds = listField(conversation, 'contacts', 'id');
		if (contactIds) out.contact_ids = contactIds;
		const tags = listField(conversation, 'tags', 'name');
		if (tags) out.tags = tags;
		const source = objectAt(conversation, 'source');
		if (source) {
			if ('subject' in source) out.source_subject = source.subject;
			if ('body' in source) out.source_body = source.body;
			const author = objectAt(source, 'author');
			if (author) out.source_author = pick(author, AUTHOR_FIELDS);
		}
		const parts = objectAt(conversation, 'conversation_parts');
		if (parts && 'total_count' in parts) out.parts_count = parts.total_count;
		return out;
	});
}

/**
 * The ticket fields kept by Simplify; the state and type are flattened to a label or name and an
 * ID, contacts and tags to IDs and names.
 */
export const TICKET_SIMPLE_FIELDS = [
	'id',
	'ticket_id',
	'category',
	'ticket_attributes',
	'admin_assignee_id',
	'team_assignee_id',
	'open',
	'snoozed_until',
	'created_at',
	'updated_at',
];

export function simplifyTickets(data: IDataObject[]): IDataObject[] {
	return data.map((ticket) => {
		const out = pick(ticket, TICKET_SIMPLE_FIELDS);
		// Older API versions send the state as a plain string such as "submitted".
		if (typeof ticket.ticket_state === 'string') out.ticket_state = ticket.ticket_state;
		const state = objectAt(ticket, 'ticket_state');
		if (state) {
			const label = state.internal_label ?? state.category;
			if (label !== undefined) out.ticket_state = label;
			if ('id' in state) out.ticket_state_id = state.id;
		}
		const type = objectAt(ticket, 'ticket_type');
		if (type) {
			if ('name' in type) out.ticket_type = type.name;
			if ('id' in type) out.ticket_type_id = type.id;
		}
		const contactIds = listField(ticket, 'contacts', 'id');
		if (contactIds) out.contact_ids = contactIds;
		const tags = listField(ticket, 'tags', 'name');
		if (tags) out.tags = tags;
		return out;
	});
}
