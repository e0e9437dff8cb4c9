import type { INodeProperties } from 'n8n-workflow';

import { locator } from './rlc.description';

/**
 * The custom object type, by its identifier. Intercom's API has no endpoint listing a workspace's
 * custom object types (nor their attributes), so it is typed in.
 */
export const customObjectTypeField: INodeProperties = {
	displayName: 'Custom Object Type',
	name: 'customObjectType',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Order',
	description:
		'The identifier of the custom object type, exactly as Intercom shows it under Settings → Data → Custom Objects. Intercom’s API cannot list the types, so it is typed in.',
};

export const customObjectInstanceRlc = locator({
	name: 'instanceId',
	displayName: 'Instance',
	description:
		'The instance, by the ID Intercom gave it. The list shows the instances of the type above.',
	searchListMethod: 'searchCustomObjectInstances',
	listPlaceholder: 'Select an instance…',
	idPlaceholder: 'e.g. 22',
	idError: 'Not a valid custom object instance ID',
});

export const instanceExternalIdField: INodeProperties = {
	displayName: 'External ID',
	name: 'externalId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. ORDER-12345',
	description: 'The ID the instance has in your own system, as set in its External ID',
};

/**
 * Custom attributes as typed name/value pairs. Intercom's API does not list a custom object
 * type's attributes, so names are typed in.
 */
export const instanceAttributesField: INodeProperties = {
	displayName: 'Custom Attributes',
	name: 'customAttributesUi',
	type: 'fixedCollection',
	placeholder: 'Add Attribute',
	typeOptions: { multipleValues: true },
	default: {},
	description:
		'The attributes to set, by the names the type defines in Intercom. Each value must fit the attribute’s type; attributes not given keep their values.',
	options: [
		{
			displayName: 'Attribute',
			name: 'attribute',
			values: [
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'e.g. order_number',
					description: 'The attribute’s name as the custom object type defines it',
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Boolean', value: 'boolean' },
						{ name: 'Date', value: 'date' },
						{ name: 'Number', value: 'number' },
						{ name: 'String', value: 'string' },
					],
					default: 'string',
					description:
						'How to send the value: text (also for list options), a number (integer or decimal), true or false, or a date (sent as Unix seconds)',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
				},
			],
		},
	],
};

/** What Create or Update takes besides the type, the External ID and the attributes. */
export const instanceAdditionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{
			displayName: 'Custom Attributes (JSON)',
			name: 'customAttributesJson',
			type: 'json',
			default: '{}',
			description:
				'Attributes as a JSON object, merged over the pairs above: e.g. {"total_amount": 99.99}, null to clear an attribute, or an array of IDs for a reference to several records',
		},
		{
			displayName: 'External Created At',
			name: 'externalCreatedAt',
			type: 'dateTime',
			default: '',
			description:
				'When the instance was created in your own system. A date, or Unix seconds by expression.',
		},
		{
			displayName: 'External Updated At',
			name: 'externalUpdatedAt',
			type: 'dateTime',
			default: '',
			description:
				'When the instance was last updated in your own system. A date, or Unix seconds by expression.',
		},
	],
};
