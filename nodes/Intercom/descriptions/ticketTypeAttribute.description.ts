import type { INodeProperties } from 'n8n-workflow';

/** A list attribute's options (Intercom's `list_items`). */
export const listItemsField: INodeProperties = {
	displayName: 'List Options',
	name: 'listItems',
	type: 'fixedCollection',
	placeholder: 'Add Option',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'The values a list attribute can take (at least one; no commas)',
	options: [
		{
			displayName: 'Option',
			name: 'option',
			values: [{ displayName: 'Label', name: 'label', type: 'string', default: '' }],
		},
	],
};

export const multilineField: INodeProperties = {
	displayName: 'Multiline',
	name: 'multiline',
	type: 'boolean',
	default: false,
	description: 'Whether the text attribute takes several lines',
};

export const allowMultipleValuesField: INodeProperties = {
	displayName: 'Allow Multiple Files',
	name: 'allowMultipleValues',
	type: 'boolean',
	default: false,
	description: 'Whether the files attribute takes more than one file',
};

/** Who must fill the attribute in and who sees it when a ticket is created. */
export const attributeFlagFields: INodeProperties[] = [
	{
		displayName: 'Required to Create',
		name: 'requiredToCreate',
		type: 'boolean',
		default: false,
		description: 'Whether teammates must fill the attribute in to create a ticket in the Inbox',
	},
	{
		displayName: 'Required to Create for Contacts',
		name: 'requiredToCreateForContacts',
		type: 'boolean',
		default: false,
		description: 'Whether contacts must fill the attribute in to create a ticket in the Messenger',
	},
	{
		displayName: 'Visible on Create',
		name: 'visibleOnCreate',
		type: 'boolean',
		default: true,
		description: 'Whether teammates see the attribute when creating a ticket in the Inbox',
	},
	{
		displayName: 'Visible to Contacts',
		name: 'visibleToContacts',
		type: 'boolean',
		default: true,
		description: 'Whether contacts see the attribute when creating a ticket in the Messenger',
	},
];
