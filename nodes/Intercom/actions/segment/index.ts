import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['segment'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a segment' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many segments', description: 'List the workspace’s segments' },
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
];
