import type { INodeProperties } from 'n8n-workflow';

import { customAttributeProperties } from './contact.description';

const companyCustomAttributes = customAttributeProperties(
	'getCompanyCustomAttributes',
	false,
	'Settings → Data → Companies',
);

/** Company fields Intercom takes on both create-or-update and update, alphabetical. */
const sharedCompanyFields: INodeProperties[] = [
	...companyCustomAttributes,
	{
		displayName: 'Industry',
		name: 'industry',
		type: 'string',
		default: '',
		placeholder: 'e.g. Manufacturing',
	},
	{
		displayName: 'Monthly Spend',
		name: 'monthlySpend',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'How much revenue the company brings you a month, as a whole number',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Acme Inc.',
	},
	{
		displayName: 'Plan',
		name: 'plan',
		type: 'string',
		default: '',
		description: 'The name of the plan the company is on',
	},
	{
		displayName: 'Size',
		name: 'size',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The number of employees',
	},
	{
		displayName: 'Website',
		name: 'website',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://www.example.com',
	},
];

export const upsertCompanyFields: INodeProperties[] = [
	{
		displayName: 'Company ID',
		name: 'companyIdentifier',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. acme-42',
		description:
			'Your own ID for the company (company_id). A company with this ID is updated; otherwise one is created.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...sharedCompanyFields,
			{
				displayName: 'Remote Created At',
				name: 'remoteCreatedAt',
				type: 'dateTime',
				default: '',
				description:
					'When the company was created in your system. A date, or Unix seconds by expression.',
			},
			{
				displayName: 'Update Last Request At',
				name: 'updateLastRequestAt',
				type: 'boolean',
				default: true,
				description:
					'Whether Intercom sets the company’s last seen time (last_request_at) to now, as if it had just been active',
			},
		],
	},
];

export const updateCompanyFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: sharedCompanyFields,
	},
];
