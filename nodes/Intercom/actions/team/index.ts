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
		displayOptions: { show: { resource: ['team'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a team' },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many teams',
				description: 'List the workspace’s teams',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'getAll',
	},
	...operationProperties(operations),
];
