import type { INodeProperties } from 'n8n-workflow';

import * as send from './send.operation';

export { send };

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
				description: 'Call any Intercom endpoint with pagination, the pinned version and mapped errors',
			},
		],
		default: 'send',
	},
	...send.description,
];
