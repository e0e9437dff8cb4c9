import type { INodeProperties } from 'n8n-workflow';

/** An optional message left with a state change (close, assign). */
export const actionMessageOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Message',
			name: 'body',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'A message left in the conversation with the change',
		},
	],
};
