import type { INodeProperties } from 'n8n-workflow';

import { companyRlc, contactRlc } from './rlc.description';

/** Notes belong to a contact or (API 2.16) a company: the choice and its pickers. */
export const noteOwnerFields: INodeProperties[] = [
	{
		displayName: 'Notes Of',
		name: 'noteOwner',
		type: 'options',
		options: [
			{ name: 'Contact', value: 'contact' },
			{ name: 'Company', value: 'company' },
		],
		default: 'contact',
	},
	{ ...contactRlc, displayOptions: { show: { noteOwner: ['contact'] } } },
	{ ...companyRlc, displayOptions: { show: { noteOwner: ['company'] } } },
];
