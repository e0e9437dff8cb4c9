import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as get from './get.operation';
import * as upsert from './upsert.operation';

export const operations = { upsert, get } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customObjectInstance'] } },
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a custom object instance',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a custom object instance',
				description:
					'Get an instance of a custom object type, given the type and the instance’s ID',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'upsert',
	},
	...operationProperties(operations),
];
