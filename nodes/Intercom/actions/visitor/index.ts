import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as convert from './convert.operation';
import * as get from './get.operation';
import * as update from './update.operation';

export const operations = { convert, get, update } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['visitor'] } },
		options: [
			{
				name: 'Convert',
				value: 'convert',
				action: 'Convert a visitor',
				description:
					'Turn an anonymous visitor into a lead, or into a user (merged into an existing one or new), given the visitor and, for a user, its identifiers',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a visitor',
				description:
					'Get an anonymous website visitor, given the user_id Intercom generated for it',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a visitor',
				description:
					'Change a visitor’s name or custom attributes, given its ID or user_id and the fields to change',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'get',
	},
	...operationProperties(operations),
];
