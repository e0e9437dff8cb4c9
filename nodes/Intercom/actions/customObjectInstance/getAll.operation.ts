import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.description';
import { customObjectTypeField } from '../../descriptions/customObject.description';
import { contactLocator, conversationLocator } from '../../descriptions/rlc.description';
import { CUSTOM_OBJECT_PAGE_MAX, customObjectTypeOf } from '../../helpers/customObject';
import { limitOf, optionParameter, requiredId } from '../../helpers/input';
import { apiPath, listByPageNumber } from '../../transport';

const properties: INodeProperties[] = [
	customObjectTypeField,
	{
		displayName: 'Associated With',
		name: 'associatedWith',
		type: 'options',
		options: [
			{ name: 'Anything', value: 'all', description: 'Every instance of the type' },
			{
				name: 'Contact',
				value: 'contact',
				description: 'The instances a contact is associated with',
			},
			{
				name: 'Conversation',
				value: 'conversation',
				description: 'The instances a conversation is associated with',
			},
		],
		default: 'all',
		description: 'Which instances to list',
	},
	{
		...contactLocator('contactId', 'Contact', 'The contact whose associated instances to list'),
		displayOptions: { show: { associatedWith: ['contact'] } },
	},
	{
		...conversationLocator(
			'conversationId',
			'Conversation',
			'The conversation whose associated instances to list',
		),
		displayOptions: { show: { associatedWith: ['conversation'] } },
	},
	...returnAllOrLimit,
];

const displayOptions = { show: { resource: ['customObjectInstance'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** A type's instances, or those associated with a contact or a conversation, by numbered pages of up to 150. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const type = customObjectTypeOf(
		'Custom Object Type',
		this.getNodeParameter('customObjectType', i, ''),
	);
	const associatedWith = optionParameter(
		this,
		i,
		'associatedWith',
		'Associated With',
		['all', 'contact', 'conversation'],
		'all',
	);
	const query: IDataObject = {};
	if (associatedWith === 'contact') {
		query.references_contact_id = requiredId(this, i, 'contactId', 'Contact');
	} else if (associatedWith === 'conversation') {
		query.references_conversation_id = requiredId(this, i, 'conversationId', 'Conversation', {
			numeric: true,
		});
	}
	return await listByPageNumber.call(this, {
		method: 'GET',
		path: apiPath`/custom_object_instances/${type}`,
		itemsKey: 'data',
		limit: limitOf(this, i),
		query,
		maxPageSize: CUSTOM_OBJECT_PAGE_MAX,
	});
}
