import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as create from './create.operation';
import * as createSummaries from './createSummaries.operation';
import * as getAll from './getAll.operation';

export const operations = { create, createSummaries, getAll } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dataEvent'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a data event',
				description: 'Record that a contact did something',
			},
			{
				name: 'Create Summaries',
				value: 'createSummaries',
				action: 'Create data event summaries',
				description: 'Record how often and when a user did something',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many data events',
				description: 'List a contact’s events of the last 90 days',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'create',
	},
	...operationProperties(operations),
];
