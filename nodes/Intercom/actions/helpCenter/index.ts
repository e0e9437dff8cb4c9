import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { get, getAll } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['helpCenter'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a help center',
				description: 'Get one help center (its name, identifier, URL and locales) by its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many help centers',
				description: 'List the workspace’s help centers',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'get',
	},
	...operationProperties(operations),
];
