import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { get, getAll } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['brand'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a brand',
				description:
					'Get a brand of the workspace (its name, help center and email settings) by its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many brands',
				description: 'List the workspace’s brands, the default brand included',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'getAll',
	},
	...operationProperties(operations),
];
