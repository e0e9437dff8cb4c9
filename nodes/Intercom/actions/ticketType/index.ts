import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, update } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ticketType'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a ticket type',
				description:
					'Create a ticket type with a name and category; Intercom adds its Title and Description attributes',
			},
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
			{
				name: 'Update',
				value: 'update',
				action: 'Update a ticket type',
				description: 'Rename, describe, recategorise, archive or restore a ticket type',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'getAll',
	},
	...operationProperties(operations),
];
