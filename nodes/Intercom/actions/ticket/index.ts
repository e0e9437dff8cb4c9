import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as addTag from './addTag.operation';
import * as changeType from './changeType.operation';
import * as create from './create.operation';
import * as del from './del.operation';
import * as get from './get.operation';
import * as linkConversation from './linkConversation.operation';
import * as removeTag from './removeTag.operation';
import * as reply from './reply.operation';
import * as search from './search.operation';
import * as unlinkConversation from './unlinkConversation.operation';
import * as update from './update.operation';

export const operations = {
	addTag,
	changeType,
	create,
	delete: del,
	get,
	linkConversation,
	removeTag,
	reply,
	search,
	unlinkConversation,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ticket'] } },
		options: [
			{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to a ticket' },
			{
				name: 'Change Type',
				value: 'changeType',
				action: 'Change the type of a ticket',
				description: 'Move a ticket to another type of its category, with a state of that type',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a ticket',
				description: 'Create a ticket of a type, checking its required attributes',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a ticket',
				description: 'Delete a ticket permanently',
			},
			{ name: 'Get', value: 'get', action: 'Get a ticket' },
			{
				name: 'Link Conversation',
				value: 'linkConversation',
				action: 'Link a conversation to a tracker ticket',
				description: 'Link a conversation or customer ticket to a tracker ticket',
			},
			{ name: 'Remove Tag', value: 'removeTag', action: 'Remove a tag from a ticket' },
			{
				name: 'Reply',
				value: 'reply',
				action: 'Reply to a ticket',
				description: 'Reply or add a note as an admin, or reply as a contact',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search tickets',
				description: 'Find tickets with filters or a JSON query',
			},
			{
				name: 'Unlink Conversation',
				value: 'unlinkConversation',
				action: 'Unlink a conversation from a tracker ticket',
				description: 'Unlink a conversation or customer ticket from a tracker ticket',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a ticket',
				description: 'Change state, assignee, snooze or attributes',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'get',
	},
	...operationProperties(operations),
];
