import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as addTag from './addTag.operation';
import * as create from './create.operation';
import * as del from './del.operation';
import * as get from './get.operation';
import * as getDraft from './getDraft.operation';
import * as getAll from './getAll.operation';
import * as getVersion from './getVersion.operation';
import * as getVersions from './getVersions.operation';
import * as publishDraft from './publishDraft.operation';
import * as removeTag from './removeTag.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import * as updateDraft from './updateDraft.operation';

export const operations = {
	addTag,
	create,
	delete: del,
	get,
	getDraft,
	getAll,
	getVersion,
	getVersions,
	publishDraft,
	removeTag,
	search,
	update,
	updateDraft,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['article'] } },
		options: [
			{
				name: 'Add Tag',
				value: 'addTag',
				action: 'Add a tag to an article',
				description: 'Apply an existing tag to an article, both picked from a list or given by ID',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an article',
				description:
					'Create a help center article from a title and an author, with an HTML body, a parent collection and translations',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an article',
				description: 'Delete an article permanently, by its ID',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an article',
				description: 'Get one article by its ID',
			},
			{
				name: 'Get Draft',
				value: 'getDraft',
				action: 'Get an article draft',
				description:
					'Get a published article with the unpublished changes staged on it, by its ID; fails when it has none',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many articles',
				description: 'List the workspace’s articles, most recently updated first',
			},
			{
				name: 'Get Version',
				value: 'getVersion',
				action: 'Get an article version',
				description:
					'Get one earlier version of an article with its content, by the article and the version ID',
			},
			{
				name: 'Get Versions',
				value: 'getVersions',
				action: 'Get versions of an article',
				description: 'List an article’s version history, newest first, without the bodies',
			},
			{
				name: 'Publish Draft',
				value: 'publishDraft',
				action: 'Publish an article draft',
				description:
					'Make an article’s staged draft live, by its ID; on a multilingual help center give the locales to publish',
			},
			{
				name: 'Remove Tag',
				value: 'removeTag',
				action: 'Remove a tag from an article',
				description: 'Take a tag off an article, both picked from a list or given by ID',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search articles',
				description:
					'Find articles whose title, description or body contains a phrase, by state and help center',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an article',
				description:
					'Change an article’s title, body, author, state, collection or translations, by its ID; changes to a published article go live at once',
			},
			{
				name: 'Update Draft',
				value: 'updateDraft',
				action: 'Update an article draft',
				description:
					'Stage changes to a published article’s title, body, author or translations as a draft, leaving the live article as it is',
			},
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'get',
	},
	...operationProperties(operations),
];
