import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type { ChangeSource } from './changes';

/** A polling event: what it reads (its search and timestamp) and how the node panel names it. */
export interface PollEvent {
	option: INodePropertyOptions & { value: string };
	/** The records' name, for messages ("contact"). */
	noun: string;
	source: (filters: IDataObject[]) => ChangeSource;
}

const contacts = (field: string) => (filters: IDataObject[]) =>
	({
		path: '/contacts/search',
		itemsKey: 'data',
		field,
		byDay: true,
		sortable: true,
		filters,
	}) as ChangeSource;
const conversations = (field: string) => (filters: IDataObject[]) =>
	({
		path: '/conversations/search',
		itemsKey: 'conversations',
		field,
		byDay: false,
		sortable: true,
		filters,
	}) as ChangeSource;
const tickets = (field: string) => (filters: IDataObject[]) =>
	({
		path: '/tickets/search',
		itemsKey: 'tickets',
		field,
		byDay: false,
		sortable: false,
		filters,
	}) as ChangeSource;

export const POLL_EVENTS: PollEvent[] = [
	{
		option: {
			name: 'New Contact',
			value: 'contact.created',
			description: 'A user or lead was created',
		},
		noun: 'contact',
		source: contacts('created_at'),
	},
	{
		option: {
			name: 'Updated Contact',
			value: 'contact.updated',
			description: 'A user or lead was created or changed',
		},
		noun: 'contact',
		source: contacts('updated_at'),
	},
	{
		option: {
			name: 'New Conversation',
			value: 'conversation.created',
			description: 'A conversation was started',
		},
		noun: 'conversation',
		source: conversations('created_at'),
	},
	{
		option: {
			name: 'Updated Conversation',
			value: 'conversation.updated',
			description: 'A conversation was started or changed (a reply, a note, an assignment…)',
		},
		noun: 'conversation',
		source: conversations('updated_at'),
	},
	{
		option: { name: 'New Ticket', value: 'ticket.created', description: 'A ticket was created' },
		noun: 'ticket',
		source: tickets('created_at'),
	},
	{
		option: {
			name: 'Updated Ticket',
			value: 'ticket.updated',
			description: 'A ticket was created or changed',
		},
		noun: 'ticket',
		source: tickets('updated_at'),
	},
];

export function pollEvent(value: unknown): PollEvent | undefined {
	return POLL_EVENTS.find((event) => event.option.value === value);
}
