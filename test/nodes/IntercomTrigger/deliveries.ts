/**
 * Notifications shaped like Intercom's real 2.x webhook deliveries, one per topic group: the
 * envelope (`notification_event`, `notif_…` id, delivery fields, `self: null`) and `data.item` as
 * Intercom sends it for that topic. Some items are the notified object with its own `id`
 * (contact, conversation, ticket, company, admin, event); others are wrappers without one
 * (`contact_tag`, `ticket_ticket_part`, subscriptions, `*.contact.attached/detached`,
 * `conversation.deleted`). The real ping carries `"id": null`. Values are made up.
 */
import type { IDataObject } from 'n8n-workflow';

export const APP_ID = 'x7k2m9qa';

/** The envelope Intercom wraps every notification in; `id` null is a ping's. */
export function delivery(
	topic: string,
	item: IDataObject,
	id: string | null,
	at = 1768117319,
): IDataObject {
	return {
		type: 'notification_event',
		app_id: APP_ID,
		data: { type: 'notification_event_data', item },
		links: {},
		id,
		topic,
		delivery_status: id === null ? null : 'pending',
		delivery_attempts: 1,
		delivered_at: 0,
		first_sent_at: at,
		created_at: at,
		self: null,
	};
}

/** The ping Intercom sends when the webhook is saved in the Developer Hub. */
export const realPing = (): IDataObject =>
	delivery('ping', { type: 'ping', message: 'something something interzen' }, null, 1768000000);

const list = (url: string, data: IDataObject[] = []): IDataObject => ({
	type: 'list',
	data,
	url,
	total_count: data.length,
	has_more: false,
});

const contact = (id: string, role: 'user' | 'lead', email: string): IDataObject => ({
	type: 'contact',
	id,
	workspace_id: APP_ID,
	external_id: `ext-${id.slice(-4)}`,
	role,
	email,
	phone: null,
	name: 'Grace Example',
	avatar: null,
	owner_id: null,
	social_profiles: { type: 'list', data: [] },
	has_hard_bounced: false,
	marked_email_as_spam: false,
	unsubscribed_from_emails: false,
	// Contacts in webhooks carry ISO times, not Unix seconds as in the REST API.
	created_at: '2026-01-10T04:41:59.251+00:00',
	updated_at: '2026-01-10T04:49:07.847+00:00',
	signed_up_at: null,
	last_seen_at: null,
	location: {
		type: 'location',
		country: null,
		region: null,
		city: null,
		country_code: null,
		continent_code: null,
	},
	custom_attributes: {},
	tags: list(`/contacts/${id}/tags`),
	notes: list(`/contacts/${id}/notes`),
	companies: list(`/contacts/${id}/companies`),
	opted_out_subscription_types: list(`/contacts/${id}/subscriptions`),
	opted_in_subscription_types: list(`/contacts/${id}/subscriptions`),
	sms_consent: false,
	unsubscribed_from_sms: false,
});

const company = (id: string): IDataObject => ({
	type: 'company',
	id,
	company_id: 'acme-ltd',
	app_id: APP_ID,
	name: 'Acme Ltd',
	plan_id: null,
	remote_created_at: null,
	created_at: '2026-01-10T04:11:34.013+00:00',
	updated_at: '2026-01-10T04:11:34.091+00:00',
	last_request_at: null,
	monthly_spend: 0,
	session_count: 0,
	user_count: 1,
	tag_ids: [],
	custom_attributes: {},
});

const admin = { id: '9608799', type: 'admin', name: 'Ada Admin', email: 'ada.admin@example.com' };

const conversation = (id: string, parts: IDataObject[] = []): IDataObject => ({
	type: 'conversation',
	id,
	created_at: 1768020000,
	updated_at: 1768020547,
	title: null,
	admin_assignee_id: null,
	team_assignee_id: null,
	open: true,
	state: 'open',
	read: false,
	priority: 'not_priority',
	source: {
		type: 'conversation',
		id: '3381828792',
		delivered_as: 'customer_initiated',
		subject: '',
		body: '<p>Hello, my invoice is wrong</p>',
		author: {
			type: 'user',
			id: '6961d897719c606240178da8',
			name: 'Grace Example',
			email: 'grace@example.com',
		},
		attachments: [],
		url: null,
		redacted: false,
	},
	contacts: {
		type: 'contact.list',
		contacts: [{ type: 'contact', id: '6961d897719c606240178da8', external_id: 'ext-8da8' }],
	},
	tags: { type: 'tag.list', tags: [] },
	conversation_parts: {
		type: 'conversation_part.list',
		conversation_parts: parts,
		total_count: parts.length,
	},
});

const ticketPart: IDataObject = {
	type: 'ticket_part',
	id: '37404518759',
	part_type: 'note',
	body: '<p class="no-margin">Customer called back, waiting on finance</p>',
	created_at: 1768117318,
	updated_at: 1768117318,
	author: admin,
	attachments: [],
	redacted: false,
};

const ticket = (id: string, parts: IDataObject[] = []): IDataObject => ({
	type: 'ticket',
	id,
	ticket_id: '66040991',
	ticket_attributes: { _default_title_: 'Invoice is wrong', _default_description_: null },
	ticket_state: {
		type: 'ticket_state',
		id: '4517893',
		category: 'submitted',
		internal_label: 'Submitted',
		external_label: 'Submitted',
	},
	ticket_type: {
		type: 'ticket_type',
		id: '2979330',
		name: 'Tickets',
		workspace_id: APP_ID,
		archived: false,
		category: 'Customer',
	},
	contacts: {
		type: 'contact.list',
		contacts: [{ type: 'contact', id: '6961f75992dc9c41aeee94c6', external_id: '100' }],
	},
	admin_assignee_id: '9608799',
	team_assignee_id: '0',
	created_at: 1768114809,
	updated_at: 1768117318,
	ticket_parts: { type: 'ticket_part.list', ticket_parts: parts, total_count: parts.length },
	open: true,
	linked_objects: { type: 'list', data: [], total_count: 0, has_more: false },
	category: 'Customer',
	is_shared: true,
	channel: 'messenger',
});

export interface RealDelivery {
	group: string;
	notification: IDataObject;
	/** The item's own id, or undefined for a wrapper without one. */
	itemId: string | number | undefined;
}

/** One delivery per topic group, each with its own notification id. */
export const realDeliveries = (): RealDelivery[] => [
	{
		group: 'contact',
		notification: delivery(
			'contact.user.created',
			contact('6961e1e6d1965062ce6434d1', 'user', 'grace@example.com'),
			'notif_0020db82-b78c-4d5b-910b-5ba8de5e71de',
		),
		itemId: '6961e1e6d1965062ce6434d1',
	},
	{
		group: 'contact tag',
		notification: delivery(
			'contact.lead.tag.created',
			{
				type: 'contact_tag',
				tag: { type: 'tag', id: '12934044', name: 'Feature Request' },
				contact: contact('6961d897719c606240178da8', 'lead', 'lead@example.com'),
			},
			'notif_723cd050-01bf-487f-b32d-c2bd0f618a4d',
		),
		itemId: undefined,
	},
	{
		group: 'conversation',
		notification: delivery(
			'conversation.user.created',
			conversation('215472621305755'),
			'notif_1b7f2a40-5c3e-4f0e-9d7c-2a61e0b3c8d1',
		),
		itemId: '215472621305755',
	},
	{
		group: 'conversation part',
		notification: delivery(
			'conversation_part.tag.created',
			conversation('215472621305756', [
				{
					type: 'conversation_part',
					id: '37358461336',
					part_type: 'comment',
					body: '<p>Thanks, I will look into it</p>',
					created_at: 1768020547,
					updated_at: 1768020547,
					notified_at: 1768020547,
					assigned_to: null,
					author: admin,
					attachments: [],
					external_id: null,
					redacted: false,
					tags: { type: 'tag.list', tags: [{ type: 'tag', id: '12934045', name: 'Billing' }] },
				},
			]),
			'notif_5e2c81aa-93b0-4d6e-8f21-7c4a0d9e1f36',
		),
		itemId: '215472621305756',
	},
	{
		group: 'ticket',
		notification: delivery(
			'ticket.created',
			ticket('215472629353977'),
			'notif_9a3e6f10-2b4c-4d8e-a1f7-3c5b7d9e0f12',
		),
		itemId: '215472629353977',
	},
	{
		group: 'ticket part',
		notification: delivery(
			'ticket.note.created',
			{
				type: 'ticket_ticket_part',
				ticket: ticket('215472629353978', [ticketPart]),
				ticket_part: ticketPart,
			},
			'notif_83b0ce3c-7c9c-4125-911d-16679ad38f1e',
		),
		itemId: undefined,
	},
	{
		group: 'company',
		notification: delivery(
			'company.created',
			company('6961d175205cf6a4438f0c21'),
			'notif_4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
		),
		itemId: '6961d175205cf6a4438f0c21',
	},
	{
		group: 'company contact attached',
		notification: delivery(
			'company.contact.attached',
			{
				company: company('6961d175205cf6a4438f0c22'),
				contact: contact('6961d162fb0ef1f1ac90ce8c', 'lead', 'jane.lead@example.com'),
			},
			'notif_3690afb3-f427-4e37-a164-b98284119e57',
		),
		itemId: undefined,
	},
	{
		group: 'conversation contact detached',
		notification: delivery(
			'conversation.contact.detached',
			{
				conversation: conversation('215472621202693'),
				contact: contact('6961cf78fb9d13be07871c78', 'user', 'sam@example.com'),
			},
			'notif_15048009-a4c5-472f-9055-a0e4d7c7a3bc',
		),
		itemId: undefined,
	},
	{
		group: 'subscription',
		notification: delivery(
			'contact.subscribed',
			{
				type: 'contact_subscribe',
				contact: contact('6961e1e6d1965062ce6434d2', 'user', 'opt.in@example.com'),
				subscription_types: { type: 'list', data: [] },
				created_at: 1768022542,
			},
			'notif_7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a',
		),
		itemId: undefined,
	},
	{
		group: 'admin',
		notification: delivery(
			'admin.logged_in',
			{
				type: 'admin',
				// Admin ids arrive as numbers here.
				id: 1234567,
				name: 'Bo Example',
				email: 'bo@example.com',
				job_title: null,
				away_mode_enabled: false,
				away_mode_reassign: false,
				has_inbox_seat: true,
				team_ids: [9680998],
				avatar: { type: 'avatar', image_url: 'https://static.intercomassets.com/avatars/bo.png' },
			},
			'notif_1fdf450f-851a-4608-8fa6-31c818df2e94',
		),
		itemId: 1234567,
	},
	{
		group: 'event',
		notification: delivery(
			'event.created',
			{
				type: 'event',
				event_name: 'invited-friend',
				id: '84ca8d44-8f2e-11e3-bbc6-6d72c14baf72',
				intercom_user_id: '5c9aabdf2ddf20549a41453a',
				user_id: '12',
				email: 'grace@example.com',
				metadata: {},
				created_at: 1768020000,
			},
			'notif_da25b9d8-797b-4858-ac4a-4a2e9bbecee4',
		),
		itemId: '84ca8d44-8f2e-11e3-bbc6-6d72c14baf72',
	},
	{
		group: 'conversation deleted',
		notification: delivery(
			'conversation.deleted',
			{ type: 'conversation', conversation_id: '215472621305755' },
			'notif_d808d1ab-c203-42fb-9e66-d281c7d1f74d',
		),
		itemId: undefined,
	},
];
