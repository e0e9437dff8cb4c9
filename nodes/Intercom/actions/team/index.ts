import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getMetrics from './getMetrics.operation';

export const operations = { get, getAll, getMetrics } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['team'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a team' },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many teams',
				description: 'List the workspace’s teams',
			},
			{
				name: 'Get Metrics',
				value: 'getMetrics',
				action: 'Get the metrics of a team',
				description:
					'Get, for each admin of a team, how many open, idle and snoozed conversations are assigned to them now. Needs Intercom’s real-time monitoring.',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'getAll',
	},
	...operationProperties(operations),
];
