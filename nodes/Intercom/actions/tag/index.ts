import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as create from './create.operation';
import * as del from './del.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { create, delete: del, get, getAll } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tag'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a tag',
				description: 'Create a tag, or rename one by its ID',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a tag' },
			{ name: 'Get', value: 'get', action: 'Get a tag' },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tags',
				description: 'List the workspace’s tags',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'create',
	},
	...operationProperties(operations),
];
