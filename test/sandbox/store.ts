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
	custom_attributes: Json;
	created_at: number;
	updated_at: number;
	tagIds: string[];
}

export interface TagRecord extends Json {
	id: string;
	name: string;
	applied_at: number;
}

export interface NoteRecord extends Json {
	id: string;
	contactId: string;
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

export const WORKSPACE_ID = 'sandbox';

export const now = () => Math.floor(Date.now() / 1000);

/** Everything the sandbox knows. `reset()` empties it to the built-in admins, teams and attributes. */
export class Store {
	contacts = new Map<string, ContactRecord>();
	companies = new Map<string, CompanyRecord>();
	tags = new Map<string, TagRecord>();
	notes = new Map<string, NoteRecord>();
	admins: Admin[] = [];
	teams: Json[] = [];
	subscriptionTypes: Json[] = [];
	segments: Json[] = [];
	dataAttributes: Json[] = [];
	/** The one open company scroll (Intercom allows one per app), with its position. */
	scroll: { param: string; offset: number; lastUsed: number } | null = null;
	private seq = 0;

	constructor() {
		this.reset();
	}

	reset(): void {
		this.contacts.clear();
		this.companies.clear();
		this.tags.clear();
		this.notes.clear();
		this.scroll = null;
		this.seq = 0;
		this.admins = [
			{ type: 'admin', id: '991267460', name: 'Sandbox Admin', email: 'admin@sandbox.example', away_mode_enabled: false, away_mode_reassign: false, has_inbox_seat: true, team_ids: [814] },
			{ type: 'admin', id: '991267461', name: 'Riley Support', email: 'riley@sandbox.example', away_mode_enabled: false, away_mode_reassign: false, has_inbox_seat: true, team_ids: [814] },
		];
		this.teams = [{ type: 'team', id: '814', name: 'Support', admin_ids: [991267460, 991267461] }];
		this.subscriptionTypes = [
			{ type: 'subscription', id: '37846', state: 'live', consent_type: 'opt_in', content_types: ['email'], default_translation: { name: 'Newsletter', description: 'Monthly news', locale: 'en' }, translations: [] },
			{ type: 'subscription', id: '37847', state: 'live', consent_type: 'opt_out', content_types: ['email'], default_translation: { name: 'Product updates', description: 'What is new', locale: 'en' }, translations: [] },
		];
		this.segments = [
			{ type: 'segment', id: '5310d8e8598c9a0b24000002', name: 'Active', created_at: 1394272488, updated_at: 1394272488, person_type: 'user' },
		];
		this.dataAttributes = [
			{ type: 'data_attribute', name: 'email', full_name: 'email', label: 'Email', data_type: 'string', model: 'contact', custom: false, archived: false, api_writable: true },
			{ type: 'data_attribute', name: 'name', full_name: 'name', label: 'Name', data_type: 'string', model: 'contact', custom: false, archived: false, api_writable: true },
			{ type: 'data_attribute', id: 1001, name: 'plan', full_name: 'custom_attributes.plan', label: 'Plan', data_type: 'string', model: 'contact', custom: true, archived: false, api_writable: true },
			{ type: 'data_attribute', id: 1002, name: 'seats', full_name: 'custom_attributes.seats', label: 'Seats', data_type: 'integer', model: 'contact', custom: true, archived: false, api_writable: true },
		];
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
			email_domain: c.email ? c.email.split('@')[1] ?? null : null,
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
			tags: { type: 'list', data: tags, url: `/contacts/${c.id}/tags`, total_count: tags.length, has_more: false },
			notes: {
				type: 'list',
				data: notes.map((n) => ({ type: 'note', id: n.id, url: `/notes/${n.id}` })),
				url: `/contacts/${c.id}/notes`,
				total_count: notes.length,
				has_more: false,
			},
			companies: { type: 'list', data: companies, url: `/contacts/${c.id}/companies`, total_count: companies.length, has_more: false },
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
			last_request_at: null,
			custom_attributes: { ...c.custom_attributes },
			tags: { type: 'tag.list', tags: c.tagIds.map((id) => this.renderTag(this.tags.get(id)!)) },
			segments: { type: 'segment.list', segments: [] },
		};
	}

	renderTag(t: TagRecord): Json {
		return { type: 'tag', id: t.id, name: t.name, applied_at: t.applied_at, applied_by: { type: 'admin', id: this.admins[0].id } };
	}

	renderNote(n: NoteRecord): Json {
		const admin = this.admin(n.admin_id);
		return {
			type: 'note',
			id: n.id,
			created_at: n.created_at,
			contact: { type: 'contact', id: n.contactId },
			author: admin ? { type: 'admin', id: admin.id, name: admin.name, email: admin.email } : null,
			body: n.body,
		};
	}

	contact(id: string): ContactRecord | undefined {
		return this.contacts.get(id);
	}
}
