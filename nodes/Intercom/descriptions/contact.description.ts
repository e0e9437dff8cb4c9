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

/** The contact's email, as Create asks for it. */
const emailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
};

export const createContactFields: INodeProperties[] = [
	roleField,
	{
		...emailField,
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

/** Every field of a contact that Update can change except the role (Email among them). */
const contactFieldOptions: INodeProperties[] = [
	...sharedFields.slice(0, 2),
	emailField,
	...sharedFields.slice(2),
];

export const updateContactFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...contactFieldOptions,
			{ ...roleField, description: 'Change a lead into a user, or back' },
		],
	},
];

/**
 * Shown for Create or Update when Identify By is `value`. Resource and operation come first: n8n
 * shows a field as soon as one of its conditions reads an expression, so an expression in another
 * operation's field must not reach this condition.
 */
const UPSERT_SHOWN_BY = (value: string) => ({
	resource: ['contact'],
	operation: ['upsert'],
	identifyContactBy: [value],
});

/**
 * Create or Update: the contact is identified by its email or its external ID, then created
 * (with the role) or updated with the same fields as Create and Update.
 */
export const upsertContactFields: INodeProperties[] = [
	{
		displayName: 'Identify By',
		name: 'identifyContactBy',
		type: 'options',
		options: [
			{
				name: 'Email',
				value: 'email',
				description:
					'Search contacts (users and leads) for this email. More than one match is an error.',
			},
			{
				name: 'External ID',
				value: 'externalId',
				description: 'Your own unique ID for the contact. Intercom finds users by it, not leads.',
			},
		],
		default: 'email',
		description: 'How to find the contact to update. When none is found, it is created.',
	},
	{
		...emailField,
		required: true,
		description: 'The email of the contact to update or create',
		displayOptions: { show: UPSERT_SHOWN_BY('email') },
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. crm-42',
		description: 'Your own ID of the contact to update or create (its External ID in Intercom)',
		displayOptions: { show: UPSERT_SHOWN_BY('externalId') },
	},
	{
		...roleField,
		description:
			'The role of a contact that is created. A contact that is found keeps its role (change it with Update).',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Set on the contact whether it is created or updated',
		options: contactFieldOptions,
	},
];
