import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as create from './create.operation';
import * as del from './del.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { create, delete: del, get, getAll } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['redirect'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a redirect',
				description:
					'Redirect a URL of a help center’s site to one of its articles or collections, given the help center, the URL, the target and a locale',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a redirect',
				description: 'Delete a help center’s redirect, given the help center and the redirect ID',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a redirect',
				description: 'Get one of a help center’s redirects, given the help center and its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many redirects',
				description: 'List a help center’s URL redirects, most recently updated first',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'create',
	},
	...operationProperties(operations),
];
