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
		displayOptions: { show: { resource: ['ticketState'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many ticket states',
				description:
					'List the workspace’s ticket states, optionally those of one ticket type or category',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'getAll',
	},
	...operationProperties(operations),
];
