import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as addTag from './addTag.operation';
import * as create from './create.operation';
import * as del from './del.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as removeTag from './removeTag.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const operations = {
	addTag,
	create,
	delete: del,
	get,
	getAll,
	removeTag,
	search,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['internalArticle'] } },
		options: [
			{
				name: 'Add Tag',
				value: 'addTag',
				action: 'Add a tag to an internal article',
				description: 'Apply an existing tag to an internal article; needs the article and the tag',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an internal article',
				description:
					'Write an internal article for teammates, Copilot and Fin; needs a title, an author and an owner',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an internal article',
				description: 'Delete an internal article for good; needs the article',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an internal article',
				description: 'Get one internal article with its body; needs the article',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many internal articles',
				description: 'List the workspace’s internal articles',
			},
			{
				name: 'Remove Tag',
				value: 'removeTag',
				action: 'Remove a tag from an internal article',
				description: 'Take a tag off an internal article; needs the article and the tag',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search internal articles',
				description: 'Find internal articles, optionally within one knowledge folder',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an internal article',
				description:
					'Change an internal article’s title, body, owner or AI availability; needs the article',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'get',
	},
	...operationProperties(operations),
];
