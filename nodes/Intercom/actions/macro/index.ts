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
		displayOptions: { show: { resource: ['macro'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a macro',
				description:
					'Get a macro (a saved reply) by its ID, if it is visible to the token’s teammate. Needs API version 2.16.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many macros',
				description:
					'List the workspace’s macros (saved replies), most recently updated first, optionally only those updated since a date. Needs API version 2.16.',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'get',
	},
	...operationProperties(operations),
];
