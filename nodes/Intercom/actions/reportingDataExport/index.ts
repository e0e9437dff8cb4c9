import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as create from './create.operation';
import * as download from './download.operation';
import * as get from './get.operation';
import * as getDatasets from './getDatasets.operation';

export const operations = { create, download, get, getDatasets } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['reportingDataExport'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a reporting data export',
				description:
					'Start an export of a reporting dataset (e.g. conversations) with chosen attributes for a time range; with Wait for Completion, output its CSV file',
			},
			{
				name: 'Download',
				value: 'download',
				action: 'Download a reporting data export',
				description: 'Download a completed reporting data export as a file; needs its Job ID',
			},
			{
				name: 'Get Datasets',
				value: 'getDatasets',
				action: 'Get the reporting datasets',
				description:
					'List the reporting datasets and their attributes, the IDs a reporting export takes',
			},
			{
				name: 'Get Status',
				value: 'get',
				action: 'Get the status of a reporting data export',
				description:
					'Get a reporting data export job’s status (pending, complete or failed); needs its Job ID',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'create',
	},
	...operationProperties(operations),
];
