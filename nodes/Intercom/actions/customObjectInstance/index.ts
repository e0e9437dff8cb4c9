import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as del from './del.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getByExternalId from './getByExternalId.operation';
import * as upsert from './upsert.operation';

export const operations = {
	upsert,
	delete: del,
	get,
	getByExternalId,
	getAll,
} satisfies Operations;

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
				name: 'Delete',
				value: 'delete',
				action: 'Delete a custom object instance',
				description:
					'Delete an instance of a custom object type, given the type and the instance’s ID or External ID',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a custom object instance',
				description:
					'Get an instance of a custom object type, given the type and the instance’s ID',
			},
			{
				name: 'Get by External ID',
				value: 'getByExternalId',
				action: 'Get a custom object instance by external ID',
				description:
					'Get the instance of a custom object type that has an External ID, given the type and that ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many custom object instances',
				description:
					'List the instances of a custom object type, or those associated with a contact or a conversation',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'upsert',
	},
	...operationProperties(operations),
];
