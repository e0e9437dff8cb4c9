import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as create from './create.operation';
import * as del from './del.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['collection'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a collection',
				description:
					'Create a Help Center collection from a name, optionally in a given help center, under a parent collection and with translations',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a collection',
				description: 'Delete a Help Center collection by its ID',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a collection',
				description: 'Get one Help Center collection by its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many collections',
				description: 'List the collections of every help center, most recently updated first',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a collection',
				description:
					'Change a collection’s name, description, parent or translations, given its ID',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'create',
	},
	...operationProperties(operations),
];
