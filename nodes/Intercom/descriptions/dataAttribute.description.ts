import type { INodeProperties } from 'n8n-workflow';

/** The values of a list ("options") attribute. */
export const listOptionsField: INodeProperties = {
	displayName: 'List Options',
	name: 'listOptions',
	type: 'fixedCollection',
	placeholder: 'Add Option',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'The values a list attribute can take (at least 2)',
	options: [
		{
			displayName: 'Option',
			name: 'option',
			values: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }],
		},
	],
};

export const attributeDescriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	description: 'The description shown for the attribute in Intercom',
};

export const messengerWritableField: INodeProperties = {
	displayName: 'Messenger Writable',
	name: 'messengerWritable',
	type: 'boolean',
	default: false,
	description: 'Whether the Messenger may update the attribute',
};

/** The model a data attribute belongs to. */
export const attributeModelField: INodeProperties = {
	displayName: 'Model',
	name: 'model',
	type: 'options',
	options: [
		{ name: 'Contact', value: 'contact' },
		{ name: 'Company', value: 'company' },
	],
	default: 'contact',
	description: 'Whether the attribute belongs to contacts or to companies',
};
