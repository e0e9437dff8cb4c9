import type { INodeProperties } from 'n8n-workflow';

import { contactRlc } from './rlc.description';

/** The contact a data event belongs to: by Intercom ID (picker), your user ID, or email. */
export const eventContactFields: INodeProperties[] = [
	{
		displayName: 'Identify Contact By',
		name: 'identifyBy',
		type: 'options',
		options: [
			{ name: 'Contact (Intercom ID)', value: 'id' },
			{ name: 'User ID', value: 'userId', description: 'Your own ID for the user (external_id)' },
			{ name: 'Email', value: 'email' },
		],
		default: 'id',
	},
	{ ...contactRlc, displayOptions: { show: { identifyBy: ['id'] } } },
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { identifyBy: ['userId'] } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		displayOptions: { show: { identifyBy: ['email'] } },
	},
];
