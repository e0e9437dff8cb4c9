import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as addTag from './addTag.operation';
import * as create from './create.operation';
import * as del from './del.operation';
import * as get from './get.operation';
import * as removeTag from './removeTag.operation';
import * as reply from './reply.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const operations = {
	addTag,
	create,
	delete: del,
	get,
	removeTag,
	reply,
	search,
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
