import type { INodeProperties } from 'n8n-workflow';

/**
 * Custom attributes as name/value pairs (names from a loadOptions method; typed values when
 * `typed`) plus a JSON object merged over them. `where` tells where the attributes are defined.
 */
export function customAttributeProperties(
	loadOptionsMethod: string,
	typed: boolean,
	where: string,
): INodeProperties[] {
	const typeField: INodeProperties = {
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
		description: 'How to send the value. Dates are sent as Unix seconds.',
	};
	return [
		{
			displayName: 'Custom Attributes',
			name: 'customAttributesUi',
			type: 'fixedCollection',
			placeholder: 'Add Attribute',
			typeOptions: { multipleValues: true },
			default: {},
			description: `Custom data attributes to set. The attribute must exist in Intercom (${where}).`,
			options: [
				{
					displayName: 'Attribute',
					name: 'attribute',
					values: [
						{
							displayName: 'Name or ID',
							name: 'name',
							type: 'options',
							typeOptions: { loadOptionsMethod },
							default: '',
							description:
								'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						},
						...(typed ? [typeField] : []),
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
						},
					],
				},
			],
		},
		{
			displayName: 'Custom Attributes (JSON)',
			name: 'customAttributesJson',
			type: 'json',
			default: '{}',
			description:
				'Custom attributes as a JSON object, e.g. {"plan": "pro", "seats": 3}. Merged over the pairs above.',
		},
	];
}

const customAttributes = customAttributeProperties(
	'getContactCustomAttributes',
	true,
	'Settings → Data → People',
);

const sharedFields: INodeProperties[] = [
	{
		displayName: 'Avatar URL',
		name: 'avatar',
		type: 'string',
		default: '',
		placeholder: 'https://www.example.com/avatar.jpg',
		description: 'URL of an image to show as the contact’s avatar',
	},
	...customAttributes,
	{
		displayName: 'Email Verified',
		name: 'emailVerified',
		type: 'boolean',
		default: false,
		description:
			'Whether you have verified that the contact owns the email address. Needs an email in the same request.',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'Your own unique ID for the contact (user_id in older Intercom APIs)',
	},
	{
		displayName: 'Last Seen At',
		name: 'lastSeenAt',
		type: 'dateTime',
		default: '',
		description: 'When the contact was last seen. A date, or Unix seconds by expression.',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Owner Name or ID',
		name: 'ownerId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAdmins' },
		default: '',
		description:
			'The admin who owns the contact. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		placeholder: '+353871234567',
	},
	{
		displayName: 'Signed Up At',
		name: 'signedUpAt',
		type: 'dateTime',
		default: '',
		description: 'When the contact signed up. A date, or Unix seconds by expression.',
	},
	{
		displayName: 'Unsubscribed From Emails',
		name: 'unsubscribedFromEmails',
		type: 'boolean',
		default: false,
		description: 'Whether the contact is unsubscribed from emails',
	},
];

export const roleField: INodeProperties = {
	displayName: 'Role',
	name: 'role',
	type: 'options',
	options: [
		{
			name: 'User',
			value: 'user',
			description: 'A person who signed up or logged in to your product',
		},
		{
			name: 'Lead',
			value: 'lead',
			description: 'A visitor who gave contact details but has not signed up',
		},
	],
	default: 'user',
};

export const createContactFields: INodeProperties[] = [
	roleField,
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description:
			'The contact’s email. Intercom needs an email, an external ID or a role to create a contact.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: sharedFields,
	},
];

export const updateContactFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...sharedFields.slice(0, 2),
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
			},
			...sharedFields.slice(2),
			{ ...roleField, description: 'Change a lead into a user, or back' },
		],
	},
];
