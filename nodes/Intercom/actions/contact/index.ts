import type { INodeProperties } from 'n8n-workflow';

import type { OperationOption, Operations } from '../operation';
import { operationProperties } from '../operation';

import * as addSubscription from './addSubscription.operation';
import * as addTag from './addTag.operation';
import * as archive from './archive.operation';
import * as attachCompany from './attachCompany.operation';
import * as block from './block.operation';
import * as create from './create.operation';
import * as del from './del.operation';
import * as detachCompany from './detachCompany.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getByExternalId from './getByExternalId.operation';
import * as getCompanies from './getCompanies.operation';
import * as getMergeHistory from './getMergeHistory.operation';
import * as getSegments from './getSegments.operation';
import * as getSubscriptions from './getSubscriptions.operation';
import * as getTags from './getTags.operation';
import * as merge from './merge.operation';
import * as removeSubscription from './removeSubscription.operation';
import * as removeTag from './removeTag.operation';
import * as search from './search.operation';
import * as unarchive from './unarchive.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const operations = {
	addSubscription,
	addTag,
	archive,
	attachCompany,
	block,
	create,
	delete: del,
	detachCompany,
	get,
	getAll,
	getByExternalId,
	getCompanies,
	getMergeHistory,
	getSegments,
	getSubscriptions,
	getTags,
	merge,
	removeSubscription,
	removeTag,
	search,
	unarchive,
	update,
	upsert,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Add Subscription',
				value: 'addSubscription',
				action: 'Add a subscription to a contact',
				description: 'Opt a contact in to or out of a subscription type',
			},
			{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to a contact' },
			{ name: 'Archive', value: 'archive', action: 'Archive a contact' },
			{ name: 'Attach Company', value: 'attachCompany', action: 'Attach a company to a contact' },
			{
				name: 'Block',
				value: 'block',
				action: 'Block a contact',
				description: 'Block a contact and close their conversations',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				description: 'Create a user or a lead',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a contact',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact',
				description: 'Delete a contact permanently',
			},
			{ name: 'Detach Company', value: 'detachCompany', action: 'Detach a company from a contact' },
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				description: 'Get a contact by its Intercom ID',
			},
			{
				name: 'Get by External ID',
				value: 'getByExternalId',
				action: 'Get a contact by external ID',
				description: 'Get a contact by your own ID for it',
			},
			{ name: 'Get Companies', value: 'getCompanies', action: 'Get the companies of a contact' },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description: 'List contacts',
			},
			{
				name: 'Get Merge History',
				value: 'getMergeHistory',
				action: 'Get the merge history of a contact',
				description: 'List the contacts that were merged into a user, and when',
			},
			{ name: 'Get Segments', value: 'getSegments', action: 'Get the segments of a contact' },
			{
				name: 'Get Subscriptions',
				value: 'getSubscriptions',
				action: 'Get the subscriptions of a contact',
			},
			{ name: 'Get Tags', value: 'getTags', action: 'Get the tags of a contact' },
			{ name: 'Merge', value: 'merge', action: 'Merge a lead into a user' },
			{
				name: 'Remove Subscription',
				value: 'removeSubscription',
				action: 'Remove a subscription from a contact',
			},
			{ name: 'Remove Tag', value: 'removeTag', action: 'Remove a tag from a contact' },
			{
				name: 'Search',
				value: 'search',
				action: 'Search contacts',
				description: 'Find contacts with filters or a JSON query',
			},
			{ name: 'Unarchive', value: 'unarchive', action: 'Unarchive a contact' },
			{ name: 'Update', value: 'update', action: 'Update a contact' },
		] satisfies Array<OperationOption<typeof operations>>,
		default: 'create',
	},
	...operationProperties(operations),
];
