import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as create from './create.operation';
import * as update from './update.operation';

export const operations = { create, update } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ticketTypeAttribute'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a ticket type attribute',
				description:
					'Add an attribute to a ticket type: a name, description and data type (list options for a list)',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a ticket type attribute',
				description:
					'Change, archive or restore an attribute of a ticket type, picked from the type’s attributes',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'create',
	},
	...operationProperties(operations),
];
