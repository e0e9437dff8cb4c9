/**
 * The workspace and CRM endpoints where Intercom does more than store what it is sent: /me, away
 * mode, activity logs, data events, contact search, find by external ID, archive, block, merge,
 * tags, companies and subscriptions attached to contacts, company upsert, listing, scroll, tag
 * create and tagging; and the rules the generic resources (resources.ts) hook in: contact
 * validation and duplicates, company fields, notes, data attributes, what a deletion takes along.
 * Handlers read and change the Store and return the JSON Intercom would (2.16 shapes), or throw a
 * SandboxError.
 */
import { randomUUID } from 'node:crypto';

import { SandboxError, invalid, notFound } from './errors';
import type { RouteContext } from './registry';
import { CONTACT_PAGE_MAX, Reply, cursorPage, numberedPage, perPageOf, route } from './registry';
import { recordHandling } from './handling';
import { recordMerge } from './mergeHistory';
import { checkQuery, matches, readPath, sortRecords } from './search';
import type {
	CompanyRecord,
	ContactRecord,
	Json,
	NoteRecord,
	Store,
	TagRecord,
	Taggable,
} from './store';
import { WORKSPACE_ID, searchable } from './store';

export const COMPANY_PAGE_MAX = 60;
const COMPANY_PAGE_CAP = 10_000;
const SCROLL_PAGE = 100;
const SCROLL_IDLE_SECONDS = 60;

export function contactOr404(store: Store, id: string): ContactRecord {
	const c = store.contact(id);
	if (!c) throw notFound('User Not Found');
	return c;
}

export function companyOr404(store: Store, id: string): CompanyRecord {
	const c = store.companies.get(id);
	if (!c) throw new SandboxError(404, 'company_not_found', 'Company Not Found');
	return c;
}

export function tagOr404(store: Store, id: unknown): Json {
	const t = store.tags.get(String(id));
	if (!t) throw new SandboxError(404, 'tag_not_found', 'Tag not found');
	return t;
}

const str = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));

const CONTACT_FIELDS = [
	'role',
	'external_id',
	'email',
	'phone',
	'name',
	'avatar',
	'signed_up_at',
	'last_seen_at',
	'owner_id',
	'unsubscribed_from_emails',
] as const;

function applyContactFields(store: Store, c: ContactRecord, body: Json): void {
	for (const key of CONTACT_FIELDS) {
		if (!(key in body)) continue;
		(c as Json)[key] = body[key] ?? null;
	}
	if (body.owner_id !== undefined && body.owner_id !== null && !store.admin(body.owner_id)) {
		throw invalid('Owner not found', 'owner_id');
	}
	if (body.custom_attributes !== undefined) {
		if (!body.custom_attributes || typeof body.custom_attributes !== 'object')
			throw invalid('custom_attributes must be an object', 'custom_attributes');
		for (const [k, v] of Object.entries(body.custom_attributes as Json)) {
			const known = store.dataAttributes.find(
				(a) => a.model === 'contact' && a.custom === true && a.name === k,
			);
			if (!known) throw invalid(`Custom attribute '${k}' does not exist`, 'custom_attributes');
			c.custom_attributes[k] = v;
		}
	}
}

function findDuplicate(store: Store, body: Json, except?: string): ContactRecord | undefined {
	const externalId = body.external_id ? String(body.external_id) : undefined;
	const email =
		body.email && (body.role ?? 'user') === 'user' ? String(body.email).toLowerCase() : undefined;
	if (externalId === undefined && email === undefined) return undefined;
	// One pass, no copies: seeding 10,000 contacts checks each against all before it.
	for (const c of store.contacts.values()) {
		if (c.id === except) continue;
		if (externalId !== undefined && c.external_id === externalId) return c;
		if (email !== undefined && c.role === 'user' && c.email?.toLowerCase() === email) return c;
	}
	return undefined;
}

/** Contacts visible to lists and searches (archived ones are not). */
const liveContacts = (store: Store) => [...store.contacts.values()].filter((c) => !c.archived);

const contactReader =
	(store: Store) =>
	(record: Json, field: string): unknown => {
		if (field === 'tag_id') return (store.contact(String(record.id))?.tagIds ?? []) as unknown[];
		if (field === 'company_id') return store.contact(String(record.id))?.companyIds ?? [];
		return readPath(record, field);
	};

// ------------------------------------------------------------------------------------------
// Admins, teams, workspace data

route('GET /me', ({ store }) => ({
	...store.admins[0],
	email_verified: true,
	app: {
		type: 'app',
		id_code: WORKSPACE_ID,
		name: 'Intercom Sandbox',
		region: 'US',
		timezone: 'Europe/London',
		created_at: 1_600_000_000,
		identity_verification: false,
	},
}));
route('PUT /admins/{admin_id}/away', ({ store, params, body }) => {
	const admin = store.admin(params.admin_id);
	if (!admin) throw notFound('Admin not found', 'admin_not_found');
	const wasAway = admin.away_mode_enabled;
	admin.away_mode_enabled = Boolean(body.away_mode_enabled);
	if (admin.away_mode_enabled !== wasAway) recordHandling(store, admin, admin.away_mode_enabled);
	admin.away_mode_reassign = Boolean(body.away_mode_reassign);
	if (body.away_status_reason_id !== undefined)
		admin.away_status_reason_id = String(body.away_status_reason_id);
	return admin;
});
route('GET /admins/activity_logs', ({ query }) => {
	if (!query.created_at_after) throw invalid('created_at_after is required', 'created_at_after');
	return {
		type: 'activity_log.list',
		pages: { type: 'pages', next: null, page: 1, per_page: 20, total_pages: 1 },
		activity_logs: [],
	};
});
route('POST /events', ({ store, body }) => {
	if (!body.event_name) throw invalid('event_name is required', 'event_name');
	const contact = [...store.contacts.values()].find(
		(c) =>
			(body.id !== undefined && c.id === body.id) ||
			(body.user_id !== undefined && c.external_id === body.user_id) ||
			(body.email !== undefined && c.email === body.email),
	);
	if (!contact) throw notFound('User Not Found');
	store.events.push({
		type: 'event',
		event_name: body.event_name,
		created_at: body.created_at,
		intercom_user_id: contact.id,
		metadata: body.metadata ?? {},
	});
	return new Reply(202);
});
route('POST /events/summaries', () => new Reply(202));
route('GET /events', ({ store, query }) => {
	const contact = [...store.contacts.values()].find(
		(c) =>
			c.id === query.intercom_user_id || c.external_id === query.user_id || c.email === query.email,
	);
	if (!contact) throw notFound('User Not Found');
	const events = store.events.filter((e) => e.intercom_user_id === contact.id);
	return {
		type: 'event.list',
		events,
		pages: {},
		intercom_user_id: contact.id,
		user_id: contact.external_id,
		email: contact.email,
	};
});

/** `GET /data_attributes?model=&include_archived=`: the attributes it lists. */
export const dataAttributeListed = ({ query }: RouteContext, a: Json): boolean =>
	(!query.model || a.model === query.model) &&
	(query.include_archived === 'true' || a.archived !== true);

/** `POST /data_attributes`: a new custom attribute; its name must be new for the model. */
export function createDataAttribute({ store, body }: RouteContext): Json {
	if (!body.name || !body.model || !body.data_type)
		throw invalid('name, model and data_type are required', 'name');
	if (store.dataAttributes.some((a) => a.model === body.model && a.name === body.name))
		throw invalid(`The attribute ${String(body.name)} already exists`, 'name');
	return {
		type: 'data_attribute',
		id: Number(store.nextId('number')),
		name: body.name,
		full_name: `custom_attributes.${String(body.name)}`,
		label: body.name,
		description: body.description ?? '',
		data_type: body.data_type,
		options: body.options,
		model: body.model,
		custom: true,
		archived: false,
		api_writable: true,
		messenger_writable: body.messenger_writable ?? false,
	};
}

/** `PUT /data_attributes/{id}`: only these fields change. */
export function updateDataAttribute({ body }: RouteContext, attribute: Json): void {
	for (const key of ['archived', 'description', 'options', 'messenger_writable'])
		if (key in body) attribute[key] = body[key];
}

// ------------------------------------------------------------------------------------------
// Contacts

/** `POST /contacts`: one of email, external_id or role; no second user with the email or external_id (409). */
export function createContact({ store, body }: RouteContext): ContactRecord {
	if (!body.email && !body.external_id && !body.role)
		throw invalid('Requires one of email, external_id or role', 'email');
	if (body.role !== undefined && body.role !== 'user' && body.role !== 'lead')
		throw invalid('role must be user or lead', 'role');
	const duplicate = findDuplicate(store, body);
	if (duplicate)
		throw new SandboxError(
			409,
			'conflict',
			`A contact matching those details already exists with id=${duplicate.id}`,
		);
	const t = store.now();
	const c: ContactRecord = {
		id: store.nextId('hex'),
		role: (body.role as 'user' | 'lead') ?? 'user',
		external_id: null,
		email: null,
		name: null,
		phone: null,
		owner_id: null,
		avatar: null,
		signed_up_at: null,
		last_seen_at: null,
		unsubscribed_from_emails: false,
		custom_attributes: {},
		created_at: t,
		updated_at: t,
		archived: false,
		blocked: false,
		tagIds: [],
		companyIds: [],
		subscriptions: [],
	};
	applyContactFields(store, c, body);
	c.external_id = str(c.external_id);
	return c;
}

route('POST /contacts/search', ({ store, body }) => {
	checkQuery(body.query);
	const pagination = (body.pagination as Json | undefined) ?? {};
	const read = contactReader(store);
	const found = liveContacts(store)
		.filter((c) => searchable(store, c))
		.map((c) => store.renderContact(c))
		.filter((c) => matches(c, body.query, read));
	sortRecords(found, body.sort, read);
	return cursorPage(
		found,
		perPageOf(pagination.per_page, 50, CONTACT_PAGE_MAX),
		pagination.starting_after,
	);
});

route('GET /contacts/find_by_external_id/{external_id}', ({ store, params }) => {
	const c = [...store.contacts.values()].find((k) => k.external_id === params.external_id);
	if (!c) throw notFound('User Not Found');
	return store.renderContact(c);
});

/** `PUT /contacts/{id}`: the same checks as create. */
export function updateContact({ store, body }: RouteContext, c: ContactRecord): void {
	const duplicate = findDuplicate(store, { ...body, role: body.role ?? c.role }, c.id);
	if (duplicate)
		throw new SandboxError(
			409,
			'conflict',
			`A contact matching those details already exists with id=${duplicate.id}`,
		);
	applyContactFields(store, c, body);
	c.external_id = str(c.external_id);
	c.updated_at = store.now();
}

/** A deleted contact's notes go with it. */
export function deleteContactNotes(store: Store, c: ContactRecord): void {
	for (const [id, note] of store.notes) if (note.contactId === c.id) store.notes.delete(id);
}

route('POST /contacts/{contact_id}/archive', ({ store, params }) => {
	const c = contactOr404(store, params.contact_id);
	c.archived = true;
	return { id: c.id, external_id: c.external_id, type: 'contact', archived: true };
});

route('POST /contacts/{contact_id}/unarchive', ({ store, params }) => {
	const c = contactOr404(store, params.contact_id);
	c.archived = false;
	return { id: c.id, external_id: c.external_id, type: 'contact', archived: false };
});

route('POST /contacts/{contact_id}/block', ({ store, params }) => {
	const c = contactOr404(store, params.contact_id);
	c.blocked = true;
	return { id: c.id, external_id: c.external_id, type: 'contact', blocked: true };
});

route('POST /contacts/merge', ({ store, body }) => {
	const lead = contactOr404(store, String(body.from));
	const user = contactOr404(store, String(body.into));
	if (lead.role !== 'lead')
		throw new SandboxError(400, 'merge_failed', 'The contact to merge from must be a lead');
	if (user.role !== 'user')
		throw new SandboxError(400, 'merge_failed', 'The contact to merge into must be a user');
	user.tagIds = [...new Set([...user.tagIds, ...lead.tagIds])];
	user.tagTimes = { ...lead.tagTimes, ...user.tagTimes };
	user.companyIds = [...new Set([...user.companyIds, ...lead.companyIds])];
	user.custom_attributes = { ...lead.custom_attributes, ...user.custom_attributes };
	store.contacts.delete(lead.id);
	recordMerge(store, lead, user);
	return store.renderContact(user);
});

route('GET /contacts/{contact_id}/tags', ({ store, params }) => ({
	type: 'list',
	data: store.renderTagsOn(contactOr404(store, params.contact_id)),
}));

/**
 * `POST {path}/tags` (body `{ id }`) and `DELETE {path}/tags/{tag_id}` on the records `find`
 * returns; `withAdmin`: Intercom also wants the acting `admin_id` (conversations, tickets).
 */
export function tagRoutes(
	path: string,
	find: (store: Store, id: string) => Taggable & { updated_at: number },
	withAdmin: boolean,
): void {
	const key = /\{(\w+)\}$/.exec(path)![1];
	// Conversations and tickets (the routes with an admin_id) count a tag put on or taken off as
	// an update: Intercom does not document it, the sandbox assumes it. Contacts' updated_at stays.
	const touch = (store: Store, record: { updated_at: number }) => {
		if (withAdmin) record.updated_at = store.now();
	};
	route(`POST ${path}/tags`, ({ store, params, body }) => {
		const record = find(store, params[key]);
		if (withAdmin && !store.admin(body.admin_id))
			throw invalid(`Admin ${String(body.admin_id)} not found`, 'admin_id');
		const tag = tagOr404(store, body.id);
		const tagId = String(tag.id);
		if (store.applyTag(record, tagId, withAdmin ? String(body.admin_id) : undefined))
			touch(store, record);
		return store.renderTagOn(record, tagId);
	});
	route(`DELETE ${path}/tags/{tag_id}`, ({ store, params, body }) => {
		const record = find(store, params[key]);
		if (withAdmin && !store.admin(body.admin_id))
			throw invalid(`Admin ${String(body.admin_id)} not found`, 'admin_id');
		const tag = store.tags.get(String(tagOr404(store, params.tag_id).id))!;
		const removed = store.removeTag(record, tag.id);
		if (removed) touch(store, record);
		return store.renderTag(tag, removed);
	});
}

tagRoutes('/contacts/{contact_id}', contactOr404, false);

route('GET /contacts/{contact_id}/companies', ({ store, params }) => {
	const companies = contactOr404(store, params.contact_id).companyIds.map((id) =>
		store.renderCompany(store.companies.get(id)!),
	);
	return {
		type: 'list',
		companies,
		total_count: companies.length,
		pages: { type: 'pages', page: 1, per_page: 50, total_pages: 1 },
	};
});

route('POST /contacts/{contact_id}/companies', ({ store, params, body }) => {
	const c = contactOr404(store, params.contact_id);
	const company = companyOr404(store, String(body.id));
	if (!c.companyIds.includes(company.id)) c.companyIds.push(company.id);
	return store.renderCompany(company);
});

route('DELETE /contacts/{contact_id}/companies/{company_id}', ({ store, params }) => {
	const c = contactOr404(store, params.contact_id);
	const company = companyOr404(store, params.company_id);
	c.companyIds = c.companyIds.filter((id) => id !== company.id);
	return store.renderCompany(company);
});

route('GET /contacts/{contact_id}/segments', ({ store, params }) => {
	contactOr404(store, params.contact_id);
	return { type: 'list', data: [] };
});

route('GET /contacts/{contact_id}/subscriptions', ({ store, params }) => {
	const c = contactOr404(store, params.contact_id);
	return {
		type: 'list',
		data: c.subscriptions.map((s) => ({
			...store.subscriptionTypes.find((t) => t.id === s.id),
			consent_type: s.consent_type,
		})),
	};
});

route('POST /contacts/{contact_id}/subscriptions', ({ store, params, body }) => {
	const c = contactOr404(store, params.contact_id);
	const type = store.subscriptionTypes.find((t) => t.id === String(body.id));
	if (!type) throw notFound('Subscription type not found');
	c.subscriptions = [
		...c.subscriptions.filter((s) => s.id !== type.id),
		{ id: String(type.id), consent_type: body.consent_type as 'opt_in' | 'opt_out' },
	];
	return { ...type, consent_type: body.consent_type };
});

route('DELETE /contacts/{contact_id}/subscriptions/{subscription_id}', ({ store, params }) => {
	const c = contactOr404(store, params.contact_id);
	const type = store.subscriptionTypes.find((t) => t.id === params.subscription_id);
	if (!type) throw notFound('Subscription type not found');
	c.subscriptions = c.subscriptions.filter((s) => s.id !== type.id);
	return type;
});

// ------------------------------------------------------------------------------------------
// Notes

/** `POST /contacts/{id}/notes`, `POST /companies/{id}/notes`: a body, by an admin (the first one unless named). */
export function createNote({ store, params, body }: RouteContext): NoteRecord {
	if (!body.body) throw invalid('body is required', 'body');
	const adminId = body.admin_id === undefined ? store.admins[0].id : String(body.admin_id);
	if (!store.admin(adminId)) throw invalid('Admin not found', 'admin_id');
	const on =
		params.company_id !== undefined
			? { contactId: null, companyId: params.company_id }
			: { contactId: params.contact_id };
	return {
		id: store.nextId('number'),
		...on,
		admin_id: adminId,
		body: String(body.body),
		created_at: store.now(),
	};
}

// ------------------------------------------------------------------------------------------
// Companies

const COMPANY_FIELDS = [
	'name',
	'website',
	'plan',
	'size',
	'industry',
	'monthly_spend',
	'remote_created_at',
] as const;

export function applyCompanyFields(store: Store, c: CompanyRecord, body: Json): void {
	for (const key of COMPANY_FIELDS) if (key in body) (c as Json)[key] = body[key] ?? null;
	if (body.custom_attributes && typeof body.custom_attributes === 'object')
		Object.assign(c.custom_attributes, body.custom_attributes);
	c.updated_at = store.now();
}

route('POST /companies', ({ store, body }) => {
	if (!body.company_id && !body.name) throw invalid('company_id or name is required', 'company_id');
	const companyId = String(body.company_id ?? body.name);
	let c = [...store.companies.values()].find((k) => k.company_id === companyId);
	if (!c) {
		const t = store.now();
		c = {
			id: store.nextId('hex'),
			company_id: companyId,
			name: null,
			website: null,
			plan: null,
			size: null,
			industry: null,
			monthly_spend: 0,
			remote_created_at: null,
			custom_attributes: {},
			created_at: t,
			updated_at: t,
			tagIds: [],
		};
		store.companies.set(c.id, c);
	}
	applyCompanyFields(store, c, body);
	if (body.update_last_request_at === true) c.last_request_at = store.now();
	return store.renderCompany(c);
});

route('GET /companies', ({ store, query }) => {
	if (query.company_id !== undefined || query.name !== undefined) {
		const c = [...store.companies.values()].find((k) =>
			query.company_id !== undefined ? k.company_id === query.company_id : k.name === query.name,
		);
		if (!c) throw new SandboxError(404, 'company_not_found', 'Company Not Found');
		return store.renderCompany(c);
	}
	let all = [...store.companies.values()];
	if (query.tag_id) all = all.filter((c) => c.tagIds.includes(query.tag_id));
	if (query.segment_id) all = [];
	return numberedPage(
		all,
		query,
		15,
		COMPANY_PAGE_MAX,
		COMPANY_PAGE_CAP,
		(c) => store.renderCompany(c),
		'/companies',
	);
});

/**
 * `POST /companies/list`: by last_request_at, most recent first (never seen last, ties as added);
 * `order=asc` is the same list the other way round.
 */
route('POST /companies/list', ({ store, query }) => {
	const seen = (c: CompanyRecord) => c.last_request_at ?? -1;
	const sorted = [...store.companies.values()].sort((a, b) => seen(b) - seen(a));
	if (query.order === 'asc') sorted.reverse();
	return numberedPage(
		sorted,
		query,
		15,
		COMPANY_PAGE_MAX,
		COMPANY_PAGE_CAP,
		(c) => store.renderCompany(c),
		'/companies',
	);
});

route(
	'GET /companies/scroll',
	({ store, query }) => {
		const t = store.now();
		const open =
			store.scroll && t - store.scroll.lastUsed <= SCROLL_IDLE_SECONDS ? store.scroll : null;
		let offset = 0;
		if (query.scroll_param) {
			if (!open || open.param !== query.scroll_param)
				throw new SandboxError(
					404,
					'not_found',
					'scroll parameter not found (it expired or was never issued)',
				);
			offset = open.offset;
		} else if (open) {
			throw new SandboxError(
				400,
				'scroll_exists',
				'scroll already exists for this workspace: finish it or wait a minute for it to expire',
			);
		}
		const all = [...store.companies.values()];
		const data = all.slice(offset, offset + SCROLL_PAGE).map((c) => store.renderCompany(c));
		if (data.length === 0) {
			store.scroll = null;
			return {
				type: 'list',
				data: [],
				pages: null,
				total_count: all.length,
				scroll_param: query.scroll_param ?? randomUUID(),
			};
		}
		const param = query.scroll_param ?? randomUUID();
		store.scroll = { param, offset: offset + data.length, lastUsed: t };
		return { type: 'list', data, pages: null, total_count: all.length, scroll_param: param };
	},
	{
		// Intercom: after a 500 mid-scroll "you will need to restart your scroll query: it is not possible
		// to continue from a specific point". The failed call's scroll is closed (its scroll_param is dead),
		// so the next call without scroll_param opens a new scroll instead of answering scroll_exists.
		onFault: ({ store, query }) => {
			if (store.scroll && query.scroll_param === store.scroll.param) store.scroll = null;
		},
	},
);

/** A deleted company leaves its contacts. */
export function detachCompany(store: Store, c: CompanyRecord): void {
	for (const k of store.contacts.values()) k.companyIds = k.companyIds.filter((id) => id !== c.id);
}

route('GET /companies/{company_id}/contacts', ({ store, params, query }) => {
	const c = companyOr404(store, params.company_id);
	const contacts = [...store.contacts.values()].filter((k) => k.companyIds.includes(c.id));
	return numberedPage(
		contacts,
		query,
		50,
		CONTACT_PAGE_MAX,
		Infinity,
		(k) => store.renderContact(k),
		`/companies/${c.id}/contacts`,
	);
});

route('GET /companies/{company_id}/segments', ({ store, params }) => {
	companyOr404(store, params.company_id);
	return { type: 'list', data: [] };
});

// ------------------------------------------------------------------------------------------
// Tags

/** A deleted tag comes off its contacts and companies (conversations and tickets skip missing tags). */
export function untagAll(store: Store, t: TagRecord): void {
	for (const c of store.contacts.values()) c.tagIds = c.tagIds.filter((id) => id !== t.id);
	for (const c of store.companies.values()) c.tagIds = c.tagIds.filter((id) => id !== t.id);
}

route('POST /tags', ({ store, body }) => {
	if (!body.name || typeof body.name !== 'string') throw invalid('name is required', 'name');
	let tag =
		body.id !== undefined
			? store.tags.get(String(body.id))
			: [...store.tags.values()].find((t) => t.name === body.name);
	if (body.id !== undefined && !tag) throw new SandboxError(404, 'tag_not_found', 'Tag not found');
	if (!tag) {
		tag = { id: store.nextId('number'), name: body.name, applied_at: store.now() };
		store.tags.set(tag.id, tag);
	}
	tag.name = body.name;
	const tagId = tag.id;
	for (const ref of (body.companies as Json[] | undefined) ?? []) {
		const company =
			(ref.id !== undefined ? store.companies.get(String(ref.id)) : undefined) ??
			[...store.companies.values()].find(
				(c) => ref.company_id !== undefined && c.company_id === String(ref.company_id),
			);
		if (!company) throw new SandboxError(404, 'company_not_found', 'Company Not Found');
		company.tagIds = company.tagIds.filter((id) => id !== tagId);
		if (ref.untag !== true) company.tagIds.push(tagId);
	}
	for (const ref of (body.users as Json[] | undefined) ?? []) {
		const contact = contactOr404(store, String(ref.id));
		store.applyTag(contact, tagId);
	}
	return store.renderTag(tag);
});
