import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as search from './search.operation';

export const operations = { search } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['content'] } },
		options: [
			{
				name: 'Search',
				value: 'search',
				action: 'Search knowledge content',
				description:
					'Search the knowledge base (articles, snippets, internal articles, external pages, files) by keywords; each result names its type, ID and title',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'search',
	},
	...operationProperties(operations),
];
