import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as addTag from './addTag.operation';
import * as del from './del.operation';
import * as find from './find.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getContacts from './getContacts.operation';
import * as getSegments from './getSegments.operation';
import * as removeTag from './removeTag.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const operations = {
	addTag,
	delete: del,
	find,
	get,
	getAll,
	getContacts,
	getSegments,
	removeTag,
	update,
	upsert,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to a company' },
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a company',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a company',
				description: 'Archive a company and detach its contacts',
			},
			{
				name: 'Find',
				value: 'find',
				action: 'Find a company',
				description: 'Find a company by your company ID or its name',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a company',
				description: 'Get a company by its Intercom ID',
			},
			{ name: 'Get Contacts', value: 'getContacts', action: 'Get the contacts of a company' },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many companies',
				description: 'List companies, many of them or by segment or tag',
			},
			{ name: 'Get Segments', value: 'getSegments', action: 'Get the segments of a company' },
			{ name: 'Remove Tag', value: 'removeTag', action: 'Remove a tag from a company' },
			{ name: 'Update', value: 'update', action: 'Update a company' },
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'upsert',
	},
	...operationProperties(operations),
];
