import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['note'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a note', description: 'Add a note to a contact or a company' },
			{ name: 'Get', value: 'get', action: 'Get a note' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many notes', description: 'List the notes of a contact or a company' },
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
