import type { INodeProperties } from 'n8n-workflow';

/** "Identify By" (ID or User ID) and the two value fields it shows, for a visitor. */
export function visitorIdentifierFields(): INodeProperties[] {
	const by = 'identifyVisitorBy';
	return [
		{
			displayName: 'Identify Visitor By',
			name: by,
			type: 'options',
			options: [
				{
					name: 'User ID',
					value: 'userId',
					description: 'The user_id Intercom generated for the visitor (in the Messenger’s data)',
				},
				{ name: 'ID', value: 'id', description: 'The ID Intercom gave the visitor' },
			],
			default: 'userId',
		},
		{
			displayName: 'Visitor User ID',
			name: 'visitorUserId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3',
			description: 'The user_id Intercom generated for the visitor',
			displayOptions: { show: { [by]: ['userId'] } },
		},
		{
			displayName: 'Visitor ID',
			name: 'visitorId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 6762f30c1bb69f9f2193bc5e',
			description: 'The ID Intercom gave the visitor',
			displayOptions: { show: { [by]: ['id'] } },
		},
	];
}
