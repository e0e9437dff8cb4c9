import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as getAll from './getAll.operation';

export const operations = { getAll } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['subscriptionType'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many subscription types',
				description: 'List the workspace’s subscription types',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'getAll',
	},
	...operationProperties(operations),
];
