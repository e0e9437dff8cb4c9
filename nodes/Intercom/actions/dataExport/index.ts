import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as download from './download.operation';
import * as get from './get.operation';

export const operations = { cancel, create, download, get } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dataExport'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel a data export',
				description: 'Cancel a content data export that is still running; needs its Job ID',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a data export',
				description:
					'Start an export of outbound content delivery and engagement data for a date range; with Wait for Completion, output its gzipped CSV file',
			},
			{
				name: 'Download',
				value: 'download',
				action: 'Download a data export',
				description:
					'Download a completed content data export as a gzipped CSV file; needs its Job ID',
			},
			{
				name: 'Get Status',
				value: 'get',
				action: 'Get the status of a data export',
				description:
					'Get a content data export job’s status (pending, in progress, completed, no data, failed or canceled); needs its Job ID',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'create',
	},
	...operationProperties(operations),
];
