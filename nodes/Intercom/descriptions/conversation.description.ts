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

/** The subject of a conversation a contact starts (Intercom's email title). */
export const conversationSubjectField: INodeProperties = {
	displayName: 'Subject',
	name: 'subject',
	type: 'string',
	default: '',
	placeholder: 'e.g. Question about my invoice',
	description: 'The title of the email: Intercom applies it to email conversations only',
};

/** Options → Plain Text of the operations that answer a conversation (`display_as=plaintext`). */
export const plainTextOption: INodeProperties = {
	displayName: 'Plain Text',
	name: 'plainText',
	type: 'boolean',
	default: false,
	description:
		'Whether Intercom answers with the conversation’s message bodies and subjects as plain text instead of HTML (links as "label (URL)")',
};
