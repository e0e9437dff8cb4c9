import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as send from './send.operation';

export const operations = { send } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['rawRequest'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				action: 'Send a raw request',
				description:
					'Call any Intercom endpoint with pagination, the pinned version and mapped errors',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'send',
	},
	...operationProperties(operations),
];
