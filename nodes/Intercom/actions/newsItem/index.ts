import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as create from './create.operation';
import * as del from './del.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['newsItem'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a news item',
				description:
					'Create a news item (an announcement in the Messenger’s newsfeeds) with a title, a sender teammate and an HTML body; it stays a draft unless its state is Live',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a news item',
				description: 'Delete a news item by its ID',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a news item',
				description: 'Get a news item by its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many news items',
				description: 'List the workspace’s news items, drafts included',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a news item',
				description:
					'Change a news item by its ID: title, body, sender, state, labels, reactions or newsfeeds',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'create',
	},
	...operationProperties(operations),
];
