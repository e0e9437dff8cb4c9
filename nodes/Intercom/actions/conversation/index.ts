import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as addTag from './addTag.operation';
import * as assign from './assign.operation';
import * as attachContact from './attachContact.operation';
import * as close from './close.operation';
import * as convertToTicket from './convertToTicket.operation';
import * as create from './create.operation';
import * as del from './del.operation';
import * as detachContact from './detachContact.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getDeleted from './getDeleted.operation';
import * as getHandlingEvents from './getHandlingEvents.operation';
import * as merge from './merge.operation';
import * as open from './open.operation';
import * as redact from './redact.operation';
import * as removeTag from './removeTag.operation';
import * as reply from './reply.operation';
import * as search from './search.operation';
import * as snooze from './snooze.operation';
import * as update from './update.operation';

export const operations = {
	addTag,
	assign,
	attachContact,
	close,
	convertToTicket,
	create,
	delete: del,
	detachContact,
	get,
	getAll,
	getDeleted,
	getHandlingEvents,
	merge,
	open,
	redact,
	removeTag,
	reply,
	search,
	snooze,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversation'] } },
		options: [
			{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to a conversation' },
			{
				name: 'Assign',
				value: 'assign',
				action: 'Assign a conversation',
				description: 'Assign to an admin or a team, or unassign',
			},
			{
				name: 'Attach Contact',
				value: 'attachContact',
				action: 'Attach a contact to a conversation',
				description: 'Add a contact as a participant',
			},
			{ name: 'Close', value: 'close', action: 'Close a conversation' },
			{
				name: 'Convert to Ticket',
				value: 'convertToTicket',
				action: 'Convert a conversation to a ticket',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a conversation',
				description: 'Start a conversation from a contact',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a conversation',
				description: 'Delete a conversation permanently',
			},
			{
				name: 'Detach Contact',
				value: 'detachContact',
				action: 'Detach a contact from a conversation',
				description: 'Remove a participant',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a conversation',
				description: 'Get a conversation with its parts',
			},
			{
				name: 'Get Deleted IDs',
				value: 'getDeleted',
				action: 'Get the IDs of deleted conversations',
				description:
					'List the IDs of deleted conversations with when each was deleted, newest first unless told otherwise: for removing them from a copy kept elsewhere',
			},
			{
				name: 'Get Handling Events',
				value: 'getHandlingEvents',
				action: 'Get the handling events of a conversation',
				description: 'List when teammates paused or resumed handling a conversation, and why',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many conversations',
				description: 'List conversations, most recent first',
			},
			{
				name: 'Merge',
				value: 'merge',
				action: 'Merge a conversation into another',
				description:
					'Merge a conversation into another one, which remains; Intercom closes the merged one and links it',
			},
			{
				name: 'Open',
				value: 'open',
				action: 'Open a conversation',
				description: 'Reopen a closed or snoozed conversation',
			},
			{
				name: 'Redact',
				value: 'redact',
				action: 'Redact a conversation part',
				description: 'Redact a reply, note or the opening message',
			},
			{ name: 'Remove Tag', value: 'removeTag', action: 'Remove a tag from a conversation' },
			{
				name: 'Reply',
				value: 'reply',
				action: 'Reply to a conversation',
				description: 'Reply or add a note as an admin, or reply as a contact',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search conversations',
				description: 'Find conversations with filters or a JSON query',
			},
			{
				name: 'Snooze',
				value: 'snooze',
				action: 'Snooze a conversation',
				description: 'Snooze until a date',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a conversation',
				description: 'Change read state, title, company or attributes',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'get',
	},
	...operationProperties(operations),
];
