import type { INodeProperties } from 'n8n-workflow';

/** A ticket type's category: who its tickets are for. */
export const ticketTypeCategoryField: INodeProperties = {
	displayName: 'Category',
	name: 'category',
	type: 'options',
	options: [
		{
			name: 'Back-Office',
			value: 'Back-office',
			description: 'Work teams do behind the scenes, not shared with customers',
		},
		{ name: 'Customer', value: 'Customer', description: 'Requests customers can follow' },
		{
			name: 'Tracker',
			value: 'Tracker',
			description: 'One issue many conversations and customer tickets are linked to',
		},
	],
	default: 'Customer',
	description: 'Who the type’s tickets are for',
};

/** The optional fields a ticket type's create and update share. */
export const ticketTypeOptionalFields: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'What the type is for (plain text)',
	},
	{
		displayName: 'Icon',
		name: 'icon',
		type: 'string',
		default: '',
		placeholder: 'e.g. 🐞',
		description: 'One emoji (from the Twemoji set). Intercom uses 🎟️ when none is given.',
	},
	{
		displayName: 'Internal',
		name: 'isInternal',
		type: 'boolean',
		default: false,
		description:
			'Whether the type’s tickets are for internal use only rather than shared with customers (a limited Intercom feature)',
	},
];
