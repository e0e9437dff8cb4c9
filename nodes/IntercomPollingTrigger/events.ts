import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type { ChangeSource, EventOccurrence } from './changes';
import { readPath } from './changes';

/** The filters a polling event can take (see FILTERS in IntercomPollingTrigger.node.ts). */
export type FilterName =
	| 'role'
	| 'tagId'
	| 'state'
	| 'ticketState'
	| 'teamAssigneeId'
	| 'adminAssigneeId'
	| 'ticketTypeId';

/** A polling event: what it reads (its search and timestamp) and how the node panel names it. */
export interface PollEvent {
	option: INodePropertyOptions & { value: string };
	noun: 'contact' | 'conversation' | 'ticket';
	/** Where it reads, without filters. */
	source: Omit<ChangeSource, 'filters' | 'occurrences'> &
		Partial<Pick<ChangeSource, 'occurrences'>>;
	/** The filters the search takes for it. */
	filters: FilterName[];
}

type Source = PollEvent['source'];

const seconds = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : undefined;

const contacts = (field: string): Source => ({
	path: '/contacts/search',
	itemsKey: 'data',
	field,
	byDay: true,
	sortable: true,
});
const conversations = (field: string): Source => ({
	path: '/conversations/search',
	itemsKey: 'conversations',
	field,
	byDay: false,
	sortable: true,
});
const tickets = (field: string): Source => ({
	path: '/tickets/search',
	itemsKey: 'tickets',
	field,
	byDay: false,
	sortable: false,
});

const objects = (value: unknown): IDataObject[] =>
	Array.isArray(value)
		? value.filter((v): v is IDataObject => v !== null && typeof v === 'object')
		: [];

/**
 * Tag Added: each tag of the conversation, at the time Intercom says it was applied to it
 * (`tags.tags[].applied_at`); with a Tag filter, that tag only.
 */
function tagsApplied(record: IDataObject, { tagId: only }: { tagId?: string }): EventOccurrence[] {
	const out: EventOccurrence[] = [];
	for (const tag of objects(readPath(record, 'tags.tags'))) {
		const at = seconds(tag.applied_at);
		if (at === undefined || (only !== undefined && String(tag.id) !== only)) continue;
		out.push({
			key: `tag:${String(tag.id)}`,
			at,
			extra: {
				tag_added: {
					id: tag.id,
					name: tag.name,
					applied_at: at,
					...(tag.applied_by !== undefined ? { applied_by: tag.applied_by } : {}),
				},
			},
		});
	}
	return out;
}

/** State Changed: each ticket part that records a change of state (to the chosen state), at its time. */
function stateChanges(
	record: IDataObject,
	{ ticketState }: { ticketState?: string },
): EventOccurrence[] {
	const out: EventOccurrence[] = [];
	for (const part of objects(readPath(record, 'ticket_parts.ticket_parts'))) {
		const at = seconds(part.created_at);
		if (at === undefined || !String(part.part_type ?? '').startsWith('ticket_state_updated'))
			continue;
		if (ticketState !== undefined && part.ticket_state !== ticketState) continue;
		out.push({
			key: `part:${String(part.id)}`,
			at,
			extra: {
				state_change: {
					part_id: part.id,
					previous_ticket_state: part.previous_ticket_state ?? null,
					ticket_state: part.ticket_state ?? null,
					changed_at: at,
					author: part.author ?? null,
				},
			},
		});
	}
	return out;
}

const CONTACT_FILTERS: FilterName[] = ['role', 'tagId'];
const CONVERSATION_FILTERS: FilterName[] = ['state', 'teamAssigneeId', 'adminAssigneeId', 'tagId'];
const TICKET_FILTERS: FilterName[] = [
	'ticketState',
	'ticketTypeId',
	'teamAssigneeId',
	'adminAssigneeId',
];

export const POLL_EVENTS: PollEvent[] = [
	{
		option: {
			name: 'New Contact',
			value: 'contact.created',
			description: 'A user or lead was created (Filters → Role for one of them)',
		},
		noun: 'contact',
		source: contacts('created_at'),
		filters: CONTACT_FILTERS,
	},
	{
		option: {
			name: 'Updated Contact',
			value: 'contact.updated',
			description: 'A user or lead was created or changed',
		},
		noun: 'contact',
		source: contacts('updated_at'),
		filters: CONTACT_FILTERS,
	},
	{
		option: {
			name: 'New Conversation',
			value: 'conversation.created',
			description: 'A conversation was started',
		},
		noun: 'conversation',
		source: conversations('created_at'),
		filters: CONVERSATION_FILTERS,
	},
	{
		option: {
			name: 'Updated Conversation',
			value: 'conversation.updated',
			description: 'A conversation was started or changed (a reply, a note, an assignment…)',
		},
		noun: 'conversation',
		source: conversations('updated_at'),
		filters: CONVERSATION_FILTERS,
	},
	{
		option: {
			name: 'Conversation Closed',
			value: 'conversation.closed',
			description: 'A conversation was closed (again after a reopen: once per close)',
		},
		noun: 'conversation',
		source: conversations('statistics.last_close_at'),
		filters: CONVERSATION_FILTERS,
	},
	{
		option: {
			name: 'New Admin Reply',
			value: 'conversation.adminReplied',
			description:
				'A teammate replied in a conversation (notes do not count); several replies between two checks give one item',
		},
		noun: 'conversation',
		source: conversations('statistics.last_admin_reply_at'),
		filters: CONVERSATION_FILTERS,
	},
	{
		option: {
			name: 'New User Reply',
			value: 'conversation.userReplied',
			description:
				'A contact replied in a conversation; several replies between two checks give one item',
		},
		noun: 'conversation',
		source: conversations('statistics.last_contact_reply_at'),
		filters: CONVERSATION_FILTERS,
	},
	{
		option: {
			name: 'Conversation Rating Added',
			value: 'conversation.rated',
			description: 'A contact rated a conversation (or changed the rating)',
		},
		noun: 'conversation',
		source: conversations('conversation_rating.replied_at'),
		filters: CONVERSATION_FILTERS,
	},
	{
		option: {
			name: 'Tag Added to Conversation',
			value: 'conversation.tagAdded',
			description: 'A tag was added to a conversation: one item per tag, with the tag in tag_added',
		},
		noun: 'conversation',
		source: { ...conversations('updated_at'), occurrences: tagsApplied },
		filters: CONVERSATION_FILTERS,
	},
	{
		option: { name: 'New Ticket', value: 'ticket.created', description: 'A ticket was created' },
		noun: 'ticket',
		source: tickets('created_at'),
		filters: TICKET_FILTERS,
	},
	{
		option: {
			name: 'Updated Ticket',
			value: 'ticket.updated',
			description: 'A ticket was created or changed',
		},
		noun: 'ticket',
		source: tickets('updated_at'),
		filters: TICKET_FILTERS,
	},
	{
		option: {
			name: 'Ticket State Changed',
			value: 'ticket.stateChanged',
			description:
				'A ticket moved to another state: one item per change, with the change in state_change',
		},
		noun: 'ticket',
		source: { ...tickets('updated_at'), occurrences: stateChanges, needsParts: true },
		filters: TICKET_FILTERS,
	},
];

export function pollEvent(value: unknown): PollEvent | undefined {
	return POLL_EVENTS.find((event) => event.option.value === value);
}
