/**
 * The sandbox's state: what a small Intercom workspace holds. Records are kept in Intercom's own
 * shapes (the 2.16 response objects, trimmed to what the nodes read) and rendered on the way out.
 */

export type Json = Record<string, unknown>;

export interface ContactRecord extends Json {
	id: string;
	role: 'user' | 'lead';
	external_id: string | null;
	email: string | null;
	name: string | null;
	phone: string | null;
	owner_id: number | null;
	avatar: string | null;
	signed_up_at: number | null;
	last_seen_at: number | null;
	unsubscribed_from_emails: boolean;
	custom_attributes: Json;
	created_at: number;
	updated_at: number;
	archived: boolean;
	blocked: boolean;
	tagIds: string[];
	tagTimes?: Record<string, TagApplication>;
	companyIds: string[];
	subscriptions: Array<{ id: string; consent_type: 'opt_in' | 'opt_out' }>;
}

export interface CompanyRecord extends Json {
	id: string;
	company_id: string;
	name: string | null;
	website: string | null;
	plan: string | null;
	size: number | null;
	industry: string | null;
	monthly_spend: number;
	remote_created_at: number | null;
	/** When the company was last seen (set by `update_last_request_at: true`); null before. */
	last_request_at?: number | null;
	custom_attributes: Json;
	created_at: number;
	updated_at: number;
	tagIds: string[];
}

export interface TagRecord extends Json {
	id: string;
	name: string;
	/** When the tag was made: what a tag shows where it is not on a record. */
	applied_at: number;
}

/** When a tag was put on one record, and by which admin. */
export interface TagApplication {
	at: number;
	/** The admin the request named (conversations, tickets), else the token's admin. */
	by: string;
}

/** A record tags go on: its tag ids, in the order applied, and when each was applied. */
export interface Taggable {
	tagIds: string[];
	/** Per tag id; a tag without one (put there by code) shows its own applied_at. */
	tagTimes?: Record<string, TagApplication>;
}

export interface NoteRecord extends Json {
	id: string;
	/** The contact or (companyId) the company the note is on. */
	contactId: string | null;
	companyId?: string;
	admin_id: string;
	body: string;
	created_at: number;
}

export interface Admin extends Json {
	type: 'admin';
	id: string;
	name: string;
	email: string;
	away_mode_enabled: boolean;
	away_mode_reassign: boolean;
	has_inbox_seat: boolean;
	team_ids: number[];
}

export interface PartRecord extends Json {
	id: string;
	part_type: string;
	body: string | null;
	created_at: number;
	author: Json;
	assigned_to: Json | null;
	redacted: boolean;
	/** Files attached to the part (`part_attachment`s); none when absent. */
	attachments?: Json[];
	/** Quick reply options offered, or the one picked (`conversation_part_metadata`). */
	metadata?: Json;
	/** A ticket state change: the state categories before and after. */
	previous_ticket_state?: string;
	ticket_state?: string;
}

export interface ConversationRecord extends Json {
	id: string;
	title: string | null;
	created_at: number;
	updated_at: number;
	state: 'open' | 'closed' | 'snoozed';
	read: boolean;
	snoozed_until: number | null;
	admin_assignee_id: number | null;
	team_assignee_id: string | null;
	priority: 'priority' | 'not_priority';
	tagIds: string[];
	tagTimes?: Record<string, TagApplication>;
	contactIds: string[];
	custom_attributes: Json;
	company_id: string | null;
	source: {
		id: string;
		body: string;
		author: Json;
		redacted: boolean;
		subject: string;
		/** An email's recipients (to, cc, bcc), as Intercom lists them for email conversations. */
		recipients?: Array<{ type: 'to' | 'cc' | 'bcc'; email: string }>;
	};
	/** The brand sent with POST /conversations (Intercom's 2.16 conversation shows none). */
	brand_id?: string;
	parts: PartRecord[];
	/** The contact's rating (the Messenger's; the API cannot rate), set by Store.rateConversation. */
	rating?: ConversationRating;
}

/** A conversation's rating, as `conversation_rating` renders it. */
export interface ConversationRating {
	/** 1 to 5. */
	rating: number;
	remark: string | null;
	/** When the rating was asked for (`created_at`; search `conversation_rating.requested_at`). */
	requested_at: number;
	/** When it was given or last changed (`updated_at`; search `conversation_rating.replied_at`). */
	rated_at: number;
	contactId: string;
	/** The admin assigned when it was rated, if any. */
	teammateId: string | null;
}

export interface TicketRecord extends Json {
	id: string;
	ticket_id: string;
	ticket_type_id: string;
	ticket_attributes: Json;
	ticket_state_id: string;
	/** The state before the most recent change of state; none before one. */
	previous_ticket_state_id?: string;
	contactIds: string[];
	company_id: string | null;
	admin_assignee_id: string | null;
	team_assignee_id: string | null;
	open: boolean;
	snoozed_until: number | null;
	created_at: number;
	updated_at: number;
	tagIds: string[];
	tagTimes?: Record<string, TagApplication>;
	parts: PartRecord[];
	/**
	 * What the ticket links to: conversations (and customer tickets, for a tracker), in the order
	 * linked. The other side shows the link too (renderConversation, renderTicket).
	 */
	links: Array<{ type: 'conversation' | 'ticket'; id: string }>;
}

export const WORKSPACE_ID = 'sandbox';

/**
 * The sandbox's clock, in Unix seconds: every timestamp the sandbox stamps (created_at, updated_at,
 * part times, applied_at, export expiry…) reads it. Real time until a test sets it: `set()` freezes
 * it at a second, `advance()` moves a frozen clock (or shifts a running one), `reset()` goes back
 * to real time. Each Store has its own, so sandboxes in one process do not share one.
 */
export class Clock {
	private frozenAt: number | null = null;
	/** Seconds added to real time while running (from `advance()` on a running clock). */
	private offset = 0;

	constructor(private readonly realMs: () => number = () => Date.now()) {}

	now(): number {
		return this.frozenAt ?? Math.floor(this.realMs() / 1000) + this.offset;
	}

	get frozen(): boolean {
		return this.frozenAt !== null;
	}

	/** Freezes the clock at `seconds` (Unix time). */
	set(seconds: number): void {
		if (!Number.isFinite(seconds)) throw new Error('clock: set needs a number of seconds');
		this.frozenAt = Math.floor(seconds);
	}

	/** Moves a frozen clock on by `seconds`, or shifts a running one by as much. */
	advance(seconds: number): void {
		if (!Number.isFinite(seconds)) throw new Error('clock: advance needs a number of seconds');
		const by = Math.floor(seconds);
		if (this.frozenAt !== null) this.frozenAt += by;
		else this.offset += by;
	}

	/** Real time again. */
	reset(): void {
		this.frozenAt = null;
		this.offset = 0;
	}

	/** `{ now, frozen }`, as `GET /__sandbox/clock` answers. */
	state(): { now: number; frozen: boolean } {
		return { now: this.now(), frozen: this.frozen };
	}
}

/** Whether search shows the record yet (see Store.searchHiddenUntil and Store.searchLagSeconds). */
export const searchable = (store: Store, record: { id: string; created_at: number }): boolean => {
	const t = store.now();
	if ((store.searchHiddenUntil.get(record.id) ?? 0) > t) return false;
	// No lag (the default) hides nothing, not even a record dated ahead of the clock.
	return store.searchLagSeconds <= 0 || record.created_at + store.searchLagSeconds <= t;
};

/** A UUID-shaped user_id that repeats from run to run (the n-th visitor made). */
const generatedUserId = (n: number) => `00000000-0000-4000-8000-${String(n + 1).padStart(12, '0')}`;

/** Everything the sandbox knows. `reset()` empties it to the built-in admins, teams and attributes. */
export class Store {
	/** The clock every timestamp comes from (real time unless a test sets it). */
	readonly clock = new Clock();
	/**
	 * How long a new contact, conversation or ticket stays out of search after its created_at, in
	 * seconds (Intercom's index lags). GET by id shows it at once. Set from the sandbox's config
	 * (`searchLagSeconds`, default 0: nothing hidden).
	 */
	searchLagSeconds = 0;
	contacts = new Map<string, ContactRecord>();
	companies = new Map<string, CompanyRecord>();
	tags = new Map<string, TagRecord>();
	notes = new Map<string, NoteRecord>();
	conversations = new Map<string, ConversationRecord>();
	tickets = new Map<string, TicketRecord>();
	ticketTypes: Json[] = [];
	ticketStates: Json[] = [];
	/** The states every ticket type has (a new type gets these). */
	defaultTicketStates: Json[] = [];
	events: Json[] = [];
	admins: Admin[] = [];
	teams: Json[] = [];
	subscriptionTypes: Json[] = [];
	segments: Json[] = [];
	dataAttributes: Json[] = [];
	awayStatusReasons: Json[] = [];
	/** Anonymous website visitors (the API cannot create them; the Messenger does), by id. */
	visitors = new Map<string, Json>();
	/**
	 * Records (contacts, conversations, tickets) that search does not show yet, by id, until the
	 * Unix second given: Intercom's search index lags behind (new contacts take minutes).
	 */
	searchHiddenUntil = new Map<string, number>();
	/** The one open company scroll (Intercom allows one per app), with its position. */
	scroll: { param: string; offset: number; lastUsed: number } | null = null;
	/** The records of generic resources that keep no store of their own (crud.ts), by collection path. */
	private tables = new Map<string, Map<string, Json>>();
	private seq = 0;

	constructor() {
		this.reset();
	}

	/** The clock's time, in Unix seconds. */
	now(): number {
		return this.clock.now();
	}

	reset(): void {
		this.clock.reset();
		this.contacts.clear();
		this.companies.clear();
		this.tags.clear();
		this.notes.clear();
		this.conversations.clear();
		this.tickets.clear();
		this.events = [];
		this.scroll = null;
		this.searchHiddenUntil.clear();
		this.tables.clear();
		this.seq = 0;
		this.visitors.clear();
		for (const visitor of [
			{
				id: '6762f30c1bb69f9f2193bc5e',
				user_id: '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3',
				pseudonym: 'Violet Suitcase',
			},
			{
				id: '6762f3101bb69f9f2193bc64',
				user_id: '8a88a590-e1c3-41e2-a502-e0649dbf721c',
				email: 'winston@example.com',
				pseudonym: 'Red Duck from Dublin',
			},
		]) {
			this.addVisitor(visitor);
		}
		this.admins = [
			{
				type: 'admin',
				id: '991267460',
				name: 'Sandbox Admin',
				email: 'admin@sandbox.example',
				away_mode_enabled: false,
				away_mode_reassign: false,
				has_inbox_seat: true,
				team_ids: [814],
			},
			{
				type: 'admin',
				id: '991267461',
				name: 'Riley Support',
				email: 'riley@sandbox.example',
				away_mode_enabled: false,
				away_mode_reassign: false,
				has_inbox_seat: true,
				team_ids: [814],
			},
		];
		this.teams = [{ type: 'team', id: '814', name: 'Support', admin_ids: [991267460, 991267461] }];
		const attribute = (
			id: string,
			typeId: string,
			name: string,
			data_type: string,
			required: boolean,
			extra: Json = {},
		) => ({
			type: 'ticket_type_attribute',
			id,
			workspace_id: WORKSPACE_ID,
			name,
			description: '',
			data_type,
			input_options: null,
			order: Number(id) % 10,
			required_to_create: required,
			required_to_create_for_contacts: false,
			visible_on_create: true,
			visible_to_contacts: true,
			default: name.startsWith('_default_'),
			ticket_type_id: Number(typeId),
			archived: false,
			created_at: 1_700_000_000,
			updated_at: 1_700_000_000,
			...extra,
		});
		this.ticketStates = [
			{
				type: 'ticket_state',
				id: '8001',
				category: 'submitted',
				internal_label: 'Submitted',
				external_label: 'Submitted',
			},
			{
				type: 'ticket_state',
				id: '8002',
				category: 'in_progress',
				internal_label: 'In progress',
				external_label: 'In progress',
			},
			{
				type: 'ticket_state',
				id: '8003',
				category: 'waiting_on_customer',
				internal_label: 'Waiting on customer',
				external_label: 'Waiting on you',
			},
			{
				type: 'ticket_state',
				id: '8004',
				category: 'resolved',
				internal_label: 'Resolved',
				external_label: 'Resolved',
			},
		];
		// Every type has the four default states; the tracker type has a custom one as well.
		this.defaultTicketStates = [...this.ticketStates];
		const withEngineering = {
			type: 'ticket_state',
			id: '8005',
			category: 'in_progress',
			internal_label: 'With engineering',
			external_label: 'In progress',
		};
		this.ticketStates.push(withEngineering);
		const defaultStates = { type: 'list', data: this.defaultTicketStates };
		this.ticketTypes = [
			{
				type: 'ticket_type',
				id: '71',
				category: 'Customer',
				name: 'Bug Report',
				description: 'Something does not work',
				icon: '🐞',
				workspace_id: WORKSPACE_ID,
				archived: false,
				is_internal: false,
				created_at: 1_700_000_000,
				updated_at: 1_700_000_000,
				ticket_type_attributes: {
					type: 'list',
					data: [
						attribute('701', '71', '_default_title_', 'string', false),
						attribute('702', '71', '_default_description_', 'string', false),
						attribute('703', '71', 'Severity', 'list', true, {
							input_options: {
								list_options: [
									{ id: 'sev-1', label: 'Low' },
									{ id: 'sev-2', label: 'High' },
								],
							},
						}),
					],
				},
				ticket_states: defaultStates,
			},
			{
				type: 'ticket_type',
				id: '72',
				category: 'Back-office',
				name: 'Refund',
				description: 'A refund to make',
				icon: '💸',
				workspace_id: WORKSPACE_ID,
				archived: false,
				is_internal: false,
				created_at: 1_700_000_000,
				updated_at: 1_700_000_000,
				ticket_type_attributes: {
					type: 'list',
					data: [
						attribute('711', '72', '_default_title_', 'string', false),
						attribute('712', '72', 'Amount', 'decimal', false),
					],
				},
				ticket_states: defaultStates,
			},
			{
				type: 'ticket_type',
				id: '73',
				category: 'Tracker',
				name: 'Outage',
				description: 'One problem many customers report',
				icon: '🚨',
				workspace_id: WORKSPACE_ID,
				archived: false,
				is_internal: false,
				created_at: 1_700_000_000,
				updated_at: 1_700_000_000,
				ticket_type_attributes: {
					type: 'list',
					data: [
						attribute('721', '73', '_default_title_', 'string', false),
						attribute('722', '73', '_default_description_', 'string', false),
					],
				},
				ticket_states: { type: 'list', data: [...this.defaultTicketStates, withEngineering] },
			},
			{
				type: 'ticket_type',
				id: '74',
				category: 'Customer',
				name: 'Feature Request',
				description: 'Something a customer would like',
				icon: '💡',
				workspace_id: WORKSPACE_ID,
				archived: false,
				is_internal: false,
				created_at: 1_700_000_000,
				updated_at: 1_700_000_000,
				ticket_type_attributes: {
					type: 'list',
					data: [
						attribute('731', '74', '_default_title_', 'string', false),
						attribute('732', '74', '_default_description_', 'string', false),
						attribute('733', '74', 'Votes', 'integer', false),
					],
				},
				ticket_states: defaultStates,
			},
		];
		this.subscriptionTypes = [
			{
				type: 'subscription',
				id: '37846',
				state: 'live',
				consent_type: 'opt_in',
				content_types: ['email'],
				default_translation: { name: 'Newsletter', description: 'Monthly news', locale: 'en' },
				translations: [],
			},
			{
				type: 'subscription',
				id: '37847',
				state: 'live',
				consent_type: 'opt_out',
				content_types: ['email'],
				default_translation: { name: 'Product updates', description: 'What is new', locale: 'en' },
				translations: [],
			},
		];
		this.segments = [
			{
				type: 'segment',
				id: '5310d8e8598c9a0b24000002',
				name: 'Active',
				created_at: 1394272488,
				updated_at: 1394272488,
				person_type: 'user',
			},
		];
		this.awayStatusReasons = [
			{
				type: 'away_status_reason',
				id: '1',
				label: 'On a break',
				emoji: '☕',
				order: 1,
				deleted: false,
			},
		];
		this.dataAttributes = [
			{
				type: 'data_attribute',
				name: 'email',
				full_name: 'email',
				label: 'Email',
				data_type: 'string',
				model: 'contact',
				custom: false,
				archived: false,
				api_writable: true,
			},
			{
				type: 'data_attribute',
				name: 'name',
				full_name: 'name',
				label: 'Name',
				data_type: 'string',
				model: 'contact',
				custom: false,
				archived: false,
				api_writable: true,
			},
			{
				type: 'data_attribute',
				id: 1001,
				name: 'plan',
				full_name: 'custom_attributes.plan',
				label: 'Plan',
				data_type: 'string',
				model: 'contact',
				custom: true,
				archived: false,
				api_writable: true,
			},
			{
				type: 'data_attribute',
				id: 1002,
				name: 'seats',
				full_name: 'custom_attributes.seats',
				label: 'Seats',
				data_type: 'integer',
				model: 'contact',
				custom: true,
				archived: false,
				api_writable: true,
			},
		];
	}

	/** A visitor as the Messenger would make one: an id and a user_id unless given. */
	addVisitor(fields: Json = {}): Json {
		const at = this.now();
		const visitor: Json = {
			id: fields.id === undefined ? this.nextId('hex') : String(fields.id),
			user_id:
				fields.user_id === undefined ? generatedUserId((this.seq += 1)) : String(fields.user_id),
			email: fields.email === undefined ? '' : String(fields.email),
			name: fields.name ?? null,
			pseudonym: fields.pseudonym ?? null,
			custom_attributes: { ...((fields.custom_attributes as Json | undefined) ?? {}) },
			created_at: at,
			updated_at: at,
		};
		this.visitors.set(String(visitor.id), visitor);
		return visitor;
	}

	/** A visitor as the API shows it (the 2.16 `visitor` object). */
	renderVisitor(v: Json): Json {
		return {
			type: 'visitor',
			id: v.id,
			user_id: v.user_id,
			anonymous: !v.email,
			email: v.email,
			phone: null,
			name: v.name,
			pseudonym: v.pseudonym,
			avatar: { type: 'avatar', image_url: null },
			app_id: WORKSPACE_ID,
			companies: { type: 'company.list', companies: [] },
			location_data: {},
			last_request_at: null,
			created_at: v.created_at,
			remote_created_at: v.created_at,
			signed_up_at: v.created_at,
			updated_at: v.updated_at,
			session_count: 0,
			social_profiles: { type: 'social_profile.list', social_profiles: [] },
			owner_id: null,
			unsubscribed_from_emails: false,
			marked_email_as_spam: false,
			has_hard_bounced: false,
			tags: { type: 'tag.list', tags: [] },
			segments: { type: 'segment.list', segments: [] },
			custom_attributes: { ...(v.custom_attributes as Json) },
			referrer: null,
			utm_campaign: null,
			utm_content: null,
			utm_medium: null,
			utm_source: null,
			utm_term: null,
			do_not_track: null,
		};
	}

	/** The generic table of a collection path (`/help_center/collections`), made on first use. */
	table<R extends Json = Json>(path: string): Map<string, R> {
		let table = this.tables.get(path);
		if (!table) {
			table = new Map();
			this.tables.set(path, table);
		}
		return table as Map<string, R>;
	}

	/** The generic tables that hold records, as lists. */
	tableRecords(): Record<string, Json[]> {
		return Object.fromEntries(
			[...this.tables].filter(([, t]) => t.size > 0).map(([path, t]) => [path, [...t.values()]]),
		);
	}

	/** A new id: 24 hex digits for contacts and companies (like Intercom's), digits for the rest. */
	nextId(kind: 'hex' | 'number'): string {
		this.seq += 1;
		if (kind === 'number') return String(100000 + this.seq);
		return `5a${this.seq.toString(16).padStart(22, '0')}`;
	}

	admin(id: unknown): Admin | undefined {
		return this.admins.find((a) => a.id === String(id));
	}

	renderContact(c: ContactRecord): Json {
		const tags = c.tagIds.map((id) => ({ type: 'tag', id, url: `/tags/${id}` }));
		const companies = c.companyIds.map((id) => ({ type: 'company', id, url: `/companies/${id}` }));
		const notes = [...this.notes.values()].filter((n) => n.contactId === c.id);
		return {
			type: 'contact',
			id: c.id,
			workspace_id: WORKSPACE_ID,
			external_id: c.external_id,
			role: c.role,
			email: c.email,
			email_domain: c.email ? (c.email.split('@')[1] ?? null) : null,
			phone: c.phone,
			name: c.name,
			owner_id: c.owner_id,
			has_hard_bounced: false,
			marked_email_as_spam: false,
			unsubscribed_from_emails: c.unsubscribed_from_emails,
			created_at: c.created_at,
			updated_at: c.updated_at,
			signed_up_at: c.signed_up_at,
			last_seen_at: c.last_seen_at,
			last_replied_at: null,
			last_contacted_at: null,
			avatar: c.avatar,
			custom_attributes: { ...c.custom_attributes },
			tags: {
				type: 'list',
				data: tags,
				url: `/contacts/${c.id}/tags`,
				total_count: tags.length,
				has_more: false,
			},
			notes: {
				type: 'list',
				data: notes.map((n) => ({ type: 'note', id: n.id, url: `/notes/${n.id}` })),
				url: `/contacts/${c.id}/notes`,
				total_count: notes.length,
				has_more: false,
			},
			companies: {
				type: 'list',
				data: companies,
				url: `/contacts/${c.id}/companies`,
				total_count: companies.length,
				has_more: false,
			},
			location: { type: 'location', country: null, region: null, city: null },
			social_profiles: { type: 'list', data: [] },
		};
	}

	renderCompany(c: CompanyRecord): Json {
		const userCount = [...this.contacts.values()].filter((k) => k.companyIds.includes(c.id)).length;
		return {
			type: 'company',
			id: c.id,
			company_id: c.company_id,
			app_id: WORKSPACE_ID,
			name: c.name,
			website: c.website,
			plan: c.plan ? { type: 'plan', id: 'plan-1', name: c.plan } : {},
			size: c.size,
			industry: c.industry,
			monthly_spend: c.monthly_spend,
			session_count: 0,
			user_count: userCount,
			remote_created_at: c.remote_created_at,
			created_at: c.created_at,
			updated_at: c.updated_at,
			last_request_at: c.last_request_at ?? null,
			custom_attributes: { ...c.custom_attributes },
			tags: { type: 'tag.list', tags: c.tagIds.map((id) => this.renderTag(this.tags.get(id)!)) },
			segments: { type: 'segment.list', segments: [] },
		};
	}

	renderTag(t: TagRecord, applied?: TagApplication): Json {
		return {
			type: 'tag',
			id: t.id,
			name: t.name,
			applied_at: applied?.at ?? t.applied_at,
			applied_by: { type: 'admin', id: applied?.by ?? this.admins[0].id },
		};
	}

	/** A tag as it is on a record: when it was applied there and by whom. */
	renderTagOn(record: Taggable, tagId: string): Json {
		return this.renderTag(this.tags.get(tagId)!, record.tagTimes?.[tagId]);
	}

	/** The tags on a record that still exist, each with its application. */
	renderTagsOn(record: Taggable): Json[] {
		return record.tagIds
			.filter((id) => this.tags.has(id))
			.map((id) => this.renderTagOn(record, id));
	}

	/**
	 * Puts a tag on a record now, by `adminId` (default: the token's admin, as /me shows it).
	 * Already there: nothing changes (the first application stays). Whether it was added.
	 */
	applyTag(record: Taggable, tagId: string, adminId?: string): boolean {
		if (record.tagIds.includes(tagId)) return false;
		record.tagIds.push(tagId);
		record.tagTimes = {
			...record.tagTimes,
			[tagId]: { at: this.now(), by: adminId ?? this.admins[0].id },
		};
		return true;
	}

	/** Takes a tag off a record; the application it had (undefined when it was not there). */
	removeTag(record: Taggable, tagId: string): TagApplication | undefined {
		if (!record.tagIds.includes(tagId)) return undefined;
		const applied = record.tagTimes?.[tagId] ?? {
			at: this.tags.get(tagId)?.applied_at ?? this.now(),
			by: this.admins[0].id,
		};
		record.tagIds = record.tagIds.filter((id) => id !== tagId);
		if (record.tagTimes) delete record.tagTimes[tagId];
		return applied;
	}

	renderNote(n: NoteRecord): Json {
		const admin = this.admin(n.admin_id);
		return {
			type: 'note',
			id: n.id,
			created_at: n.created_at,
			...(n.companyId
				? { company: { type: 'company', id: n.companyId } }
				: { contact: { type: 'contact', id: n.contactId } }),
			author: admin ? { type: 'admin', id: admin.id, name: admin.name, email: admin.email } : null,
			body: n.body,
		};
	}

	contact(id: string): ContactRecord | undefined {
		return this.contacts.get(id);
	}

	/**
	 * A contact rates a conversation, as the Messenger lets them (the API has no call for it):
	 * `rating` 1 to 5, an optional `remark`, `contact_id` one of the conversation's contacts (its
	 * first by default). The rating was asked for at `requested_at` (default: the conversation's
	 * last close, else now) and given now; a new rating keeps the request time. The assigned admin
	 * is the teammate. Moves the conversation's updated_at. Throws on bad input.
	 */
	rateConversation(
		id: string,
		input: { rating?: unknown; remark?: unknown; contact_id?: unknown; requested_at?: unknown },
	): ConversationRecord {
		const c = this.conversations.get(id);
		if (!c) throw new Error(`conversation ${id} not found`);
		const rating = input.rating;
		if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5)
			throw new Error('rating must be an integer from 1 to 5');
		if (input.remark !== undefined && input.remark !== null && typeof input.remark !== 'string')
			throw new Error('remark must be a string');
		const contactId = input.contact_id === undefined ? c.contactIds[0] : String(input.contact_id);
		if (!contactId || !c.contactIds.includes(contactId))
			throw new Error(`contact ${String(input.contact_id)} is not in conversation ${id}`);
		if (
			input.requested_at !== undefined &&
			(typeof input.requested_at !== 'number' || !Number.isInteger(input.requested_at))
		)
			throw new Error('requested_at must be a Unix time in seconds');
		const t = this.now();
		const lastClose = c.parts.filter((p) => p.part_type === 'close').pop();
		c.rating = {
			rating,
			remark:
				typeof input.remark === 'string'
					? input.remark
					: input.remark === null
						? null
						: (c.rating?.remark ?? null),
			requested_at:
				(input.requested_at as number | undefined) ??
				c.rating?.requested_at ??
				lastClose?.created_at ??
				t,
			rated_at: t,
			contactId,
			teammateId: c.admin_assignee_id === null ? null : String(c.admin_assignee_id),
		};
		c.updated_at = t;
		return c;
	}
}
