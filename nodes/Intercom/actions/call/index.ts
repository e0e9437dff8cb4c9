import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getRecording from './getRecording.operation';
import * as getTranscript from './getTranscript.operation';
import * as search from './search.operation';

export const operations = { get, getAll, getRecording, getTranscript, search } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['call'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a call',
				description:
					'Get a phone or Messenger call by its ID, with its state, times and recording and transcript URLs',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many calls',
				description: 'List the workspace’s calls, most recent first',
			},
			{
				name: 'Get Recording',
				value: 'getRecording',
				action: 'Get the recording of a call',
				description: 'Download a call’s recording as a file (n8n binary data); needs the call',
			},
			{
				name: 'Get Transcript',
				value: 'getTranscript',
				action: 'Get the transcript of a call',
				description: 'Get a call’s transcript as text or as a .txt file; needs the call',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search calls by conversation',
				description:
					'Get the calls of 1 to 20 conversations, with their transcripts when available',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'get',
	},
	...operationProperties(operations),
];
