import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['subscriptionType'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many subscription types', description: 'List the workspace’s subscription types' },
		],
		default: 'getAll',
	},
	...getAll.description,
];
