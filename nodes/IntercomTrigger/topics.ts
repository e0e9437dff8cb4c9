import { expressionLiteral } from '../../credentials/intercom.common';

/**
 * Intercom's 2.x webhook topics (INTERCOM-FACTS §10, braces expanded, and the further topics of
 * Intercom's 2.16 webhook reference: ticket closed and resolved, calls, granular subscriptions,
 * jobs, content stats), grouped as users see them in the Developer Hub. Topics follow the app's API version: a topic the app's version lacks is simply
 * never sent.
 */
export interface IntercomTopic {
	/** The topic as Intercom sends it in `topic`, e.g. `contact.user.created`. */
	value: string;
	/** "Group: Event", as shown in the Topics list. */
	name: string;
	group:
		| 'Contact'
		| 'Conversation'
		| 'Ticket'
		| 'Call'
		| 'Company'
		| 'Admin'
		| 'Subscription'
		| 'Content Stats'
		| 'Other';
}

/** Sent when the webhook is saved in the Developer Hub; never emitted unless Emit Ping is on. */
export const PING_TOPIC = 'ping';

/** Selecting it emits every topic the app is subscribed to, except `ping` (Emit Ping, or the Ping topic). */
export const ALL_TOPICS = '*';

export const TOPICS: readonly IntercomTopic[] = [
	{ group: 'Contact', value: 'contact.user.created', name: 'Contact: User Created' },
	{ group: 'Contact', value: 'contact.user.updated', name: 'Contact: User Updated' },
	{ group: 'Contact', value: 'contact.lead.created', name: 'Contact: Lead Created' },
	{ group: 'Contact', value: 'contact.lead.updated', name: 'Contact: Lead Updated' },
	{ group: 'Contact', value: 'contact.lead.added_email', name: 'Contact: Lead Added Email' },
	{
		group: 'Contact',
		value: 'contact.lead.signed_up',
		name: 'Contact: Lead Signed Up (Converted to User)',
	},
	{ group: 'Contact', value: 'contact.user.tag.created', name: 'Contact: User Tag Added' },
	{ group: 'Contact', value: 'contact.user.tag.deleted', name: 'Contact: User Tag Removed' },
	{ group: 'Contact', value: 'contact.lead.tag.created', name: 'Contact: Lead Tag Added' },
	{ group: 'Contact', value: 'contact.lead.tag.deleted', name: 'Contact: Lead Tag Removed' },
	{ group: 'Contact', value: 'contact.email.updated', name: 'Contact: Email Updated' },
	{ group: 'Contact', value: 'contact.subscribed', name: 'Contact: Subscribed' },
	{ group: 'Contact', value: 'contact.unsubscribed', name: 'Contact: Unsubscribed' },
	{ group: 'Contact', value: 'contact.archived', name: 'Contact: Archived' },
	{ group: 'Contact', value: 'contact.unarchived', name: 'Contact: Unarchived' },
	{ group: 'Contact', value: 'contact.merged', name: 'Contact: Merged' },
	{ group: 'Contact', value: 'contact.deleted', name: 'Contact: Deleted' },
	{ group: 'Contact', value: 'visitor.signed_up', name: 'Contact: Visitor Signed Up' },

	{ group: 'Conversation', value: 'conversation.user.created', name: 'Conversation: User Created' },
	{ group: 'Conversation', value: 'conversation.user.replied', name: 'Conversation: User Replied' },
	{
		group: 'Conversation',
		value: 'conversation.admin.replied',
		name: 'Conversation: Admin Replied',
	},
	{
		group: 'Conversation',
		value: 'conversation.admin.replied.translated',
		name: 'Conversation: Admin Replied (Translated)',
	},
	{
		group: 'Conversation',
		value: 'conversation.admin.single.created',
		name: 'Conversation: Admin Initiated (Outbound Message)',
	},
	{
		group: 'Conversation',
		value: 'conversation.admin.assigned',
		name: 'Conversation: Admin Assigned',
	},
	{
		group: 'Conversation',
		value: 'conversation.admin.open.assigned',
		name: 'Conversation: Admin Opened and Assigned',
	},
	{
		group: 'Conversation',
		value: 'conversation.admin.noted',
		name: 'Conversation: Admin Added Note',
	},
	{ group: 'Conversation', value: 'conversation.admin.closed', name: 'Conversation: Admin Closed' },
	{ group: 'Conversation', value: 'conversation.admin.opened', name: 'Conversation: Admin Opened' },
	{
		group: 'Conversation',
		value: 'conversation.admin.snoozed',
		name: 'Conversation: Admin Snoozed',
	},
	{
		group: 'Conversation',
		value: 'conversation.admin.unsnoozed',
		name: 'Conversation: Admin Unsnoozed',
	},
	{
		group: 'Conversation',
		value: 'conversation.operator.replied',
		name: 'Conversation: Operator (Fin or Bot) Replied',
	},
	{ group: 'Conversation', value: 'conversation.rating.added', name: 'Conversation: Rating Added' },
	{
		group: 'Conversation',
		value: 'conversation.priority.updated',
		name: 'Conversation: Priority Updated',
	},
	{ group: 'Conversation', value: 'conversation.read', name: 'Conversation: Read' },
	{ group: 'Conversation', value: 'conversation.deleted', name: 'Conversation: Deleted' },
	{
		group: 'Conversation',
		value: 'conversation.contact.attached',
		name: 'Conversation: Contact Attached',
	},
	{
		group: 'Conversation',
		value: 'conversation.contact.detached',
		name: 'Conversation: Contact Detached',
	},
	{
		group: 'Conversation',
		value: 'conversation_part.tag.created',
		name: 'Conversation: Part Tagged',
	},
	{
		group: 'Conversation',
		value: 'conversation_part.redacted',
		name: 'Conversation: Part Redacted',
	},

	{ group: 'Ticket', value: 'ticket.created', name: 'Ticket: Created' },
	{ group: 'Ticket', value: 'ticket.state.updated', name: 'Ticket: State Updated' },
	{ group: 'Ticket', value: 'ticket.admin.assigned', name: 'Ticket: Admin Assigned' },
	{ group: 'Ticket', value: 'ticket.team.assigned', name: 'Ticket: Team Assigned' },
	{ group: 'Ticket', value: 'ticket.admin.replied', name: 'Ticket: Admin Replied' },
	{
		group: 'Ticket',
		value: 'ticket.admin.replied.translated',
		name: 'Ticket: Admin Replied (Translated)',
	},
	{ group: 'Ticket', value: 'ticket.contact.replied', name: 'Ticket: Contact Replied' },
	{ group: 'Ticket', value: 'ticket.note.created', name: 'Ticket: Note Created' },
	{ group: 'Ticket', value: 'ticket.attribute.updated', name: 'Ticket: Attribute Updated' },
	{ group: 'Ticket', value: 'ticket.rating.provided', name: 'Ticket: Rating Provided' },
	{ group: 'Ticket', value: 'ticket.contact.attached', name: 'Ticket: Contact Attached' },
	{ group: 'Ticket', value: 'ticket.contact.detached', name: 'Ticket: Contact Detached' },
	{ group: 'Ticket', value: 'ticket.closed', name: 'Ticket: Closed' },
	{ group: 'Ticket', value: 'ticket.resolved', name: 'Ticket: Resolved' },

	{ group: 'Call', value: 'call.started', name: 'Call: Started' },
	{ group: 'Call', value: 'call.ended', name: 'Call: Ended' },
	{
		group: 'Call',
		value: 'call.transcription_available',
		name: 'Call: Transcription Available',
	},
	{ group: 'Call', value: 'call.recording_available', name: 'Call: Recording Available' },

	{ group: 'Company', value: 'company.created', name: 'Company: Created' },
	{ group: 'Company', value: 'company.updated', name: 'Company: Updated' },
	{ group: 'Company', value: 'company.deleted', name: 'Company: Deleted' },
	{ group: 'Company', value: 'company.contact.attached', name: 'Company: Contact Attached' },
	{ group: 'Company', value: 'company.contact.detached', name: 'Company: Contact Detached' },

	{ group: 'Admin', value: 'admin.added_to_workspace', name: 'Admin: Added to Workspace' },
	{ group: 'Admin', value: 'admin.removed_from_workspace', name: 'Admin: Removed From Workspace' },
	{ group: 'Admin', value: 'admin.away_mode_updated', name: 'Admin: Away Mode Updated' },
	{ group: 'Admin', value: 'admin.logged_in', name: 'Admin: Logged In' },
	{ group: 'Admin', value: 'admin.logged_out', name: 'Admin: Logged Out' },
	{
		group: 'Admin',
		value: 'admin.activity_log_event.created',
		name: 'Admin: Activity Log Event Created',
	},

	{
		group: 'Subscription',
		value: 'granular.subscribe',
		name: 'Subscription: Contact Subscribed to a Type',
	},
	{
		group: 'Subscription',
		value: 'granular.unsubscribe',
		name: 'Subscription: Contact Unsubscribed From a Type',
	},

	{ group: 'Content Stats', value: 'content_stat.banner', name: 'Content Stats: Banner' },
	{ group: 'Content Stats', value: 'content_stat.carousel', name: 'Content Stats: Carousel' },
	{ group: 'Content Stats', value: 'content_stat.chat', name: 'Content Stats: Chat' },
	{ group: 'Content Stats', value: 'content_stat.checklist', name: 'Content Stats: Checklist' },
	{ group: 'Content Stats', value: 'content_stat.custom_bot', name: 'Content Stats: Custom Bot' },
	{ group: 'Content Stats', value: 'content_stat.email', name: 'Content Stats: Email' },
	{ group: 'Content Stats', value: 'content_stat.news_item', name: 'Content Stats: News Item' },
	{ group: 'Content Stats', value: 'content_stat.post', name: 'Content Stats: Post' },
	{ group: 'Content Stats', value: 'content_stat.push', name: 'Content Stats: Push' },
	{ group: 'Content Stats', value: 'content_stat.series', name: 'Content Stats: Series' },
	{
		group: 'Content Stats',
		value: 'content_stat.series.webhook',
		name: 'Content Stats: Series Webhook',
	},
	{ group: 'Content Stats', value: 'content_stat.sms', name: 'Content Stats: SMS' },
	{ group: 'Content Stats', value: 'content_stat.survey', name: 'Content Stats: Survey' },
	{
		group: 'Content Stats',
		value: 'content_stat.tooltip_group',
		name: 'Content Stats: Tooltip Group',
	},
	{ group: 'Content Stats', value: 'content_stat.tour', name: 'Content Stats: Tour' },

	{ group: 'Other', value: 'event.created', name: 'Other: Data Event Created' },
	{ group: 'Other', value: 'job.completed', name: 'Other: Job Completed' },
	// Selecting it emits pings, as the Emit Ping option does.
	{ group: 'Other', value: PING_TOPIC, name: 'Other: Ping (Webhook Saved or Tested)' },
];

/** Every topic the node knows. */
export const KNOWN_TOPICS: readonly string[] = TOPICS.map((t) => t.value);

/** The Topics multi-select: "All Topics (*)" first, then the topics by group as listed above. */
export const topicOptions = [
	{
		name: 'All Topics (*)',
		value: ALL_TOPICS,
		description: 'Every topic the app is subscribed to',
	},
	...TOPICS.map((t) => ({ name: t.name, value: t.value, description: t.value })),
];

/** The canvas subtitle: the chosen topics by name ("Contact: User Created, Conversation: …"). */
export const TOPICS_SUBTITLE = `={{ ((names, topics) => topics.map((topic) => names[topic] || topic).join(", "))(${expressionLiteral(
	Object.fromEntries([[ALL_TOPICS, 'All Topics'], ...TOPICS.map((t) => [t.value, t.name])]),
)}, $parameter["topics"] || []) }}`;
