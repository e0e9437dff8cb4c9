import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from './common.description';

/** An optional message left with a state change (close, assign). */
export const actionMessageOptions: INodeProperties = optionsCollection([
	{
		displayName: 'Message',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'A message left in the conversation with the change',
	},
]);
