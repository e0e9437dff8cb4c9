import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as addTag from './addTag.operation';
import * as create from './create.operation';
import * as del from './del.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as removeTag from './removeTag.operation';
import * as update from './update.operation';

export const operations = {
	addTag,
	create,
	delete: del,
	get,
	getAll,
	removeTag,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contentSnippet'] } },
		options: [
			{
				name: 'Add Tag',
				value: 'addTag',
				action: 'Add a tag to a content snippet',
				description: 'Apply an existing tag to a content snippet; needs the snippet and the tag',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a content snippet',
				description:
					'Add a reusable piece of knowledge for Fin and Copilot; needs a title and a Markdown body or JSON blocks',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a content snippet',
				description: 'Delete a content snippet for good; needs the snippet',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a content snippet',
				description: 'Get one content snippet with its content; needs the snippet',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many content snippets',
				description: 'List the workspace’s content snippets',
			},
			{
				name: 'Remove Tag',
				value: 'removeTag',
				action: 'Remove a tag from a content snippet',
				description: 'Take a tag off a content snippet; needs the snippet and the tag',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a content snippet',
				description:
					'Change a content snippet’s title, content, locale or AI availability; needs the snippet',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'get',
	},
	...operationProperties(operations),
];
