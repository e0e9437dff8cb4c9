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
		displayOptions: { show: { resource: ['ticketType'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a ticket type',
				description: 'Get a ticket type with its attributes and states',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many ticket types',
				description: 'List the workspace’s ticket types',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'getAll',
	},
	...operationProperties(operations),
];
