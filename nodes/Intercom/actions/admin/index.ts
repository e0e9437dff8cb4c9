import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as get from './get.operation';
import * as getActivityLogs from './getActivityLogs.operation';
import * as getAll from './getAll.operation';
import * as getCurrent from './getCurrent.operation';
import * as setAway from './setAway.operation';

export const operations = {
	get,
	getActivityLogs,
	getAll,
	getCurrent,
	setAway,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['admin'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get an admin' },
			{
				name: 'Get Activity Logs',
				value: 'getActivityLogs',
				action: 'Get admin activity logs',
				description: 'List what admins did in the workspace in a period',
			},
			{
				name: 'Get Current',
				value: 'getCurrent',
				action: 'Get the current admin',
				description: 'Get the admin the credential acts as, with its workspace',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many admins',
				description: 'List the workspace’s admins',
			},
			{
				name: 'Set Away',
				value: 'setAway',
				action: 'Set an admin away or back',
				description: 'Turn an admin’s away mode on or off',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'getCurrent',
	},
	...operationProperties(operations),
];
