import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getItems from './getItems.operation';

export const operations = { get, getAll, getItems } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['newsfeed'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a newsfeed',
				description: 'Get a newsfeed (a collection of news items for an audience) by its ID',
			},
			{
				name: 'Get Items',
				value: 'getItems',
				action: 'Get the items of a newsfeed',
				description: 'List the news items that are live on a newsfeed, given its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many newsfeeds',
				description: 'List the workspace’s newsfeeds (set up in Intercom’s app)',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'get',
	},
	...operationProperties(operations),
];
