import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, getAll, update } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dataAttribute'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a data attribute',
				description: 'Create a custom attribute for contacts or companies',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many data attributes',
				description: 'List the data attributes of contacts and companies',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a data attribute',
				description: 'Archive a custom attribute or change its description or options',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'getAll',
	},
	...operationProperties(operations),
];
