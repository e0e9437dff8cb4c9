import type { INodeProperties } from 'n8n-workflow';

import { actingAdminField, contactLocator } from './rlc.description';

/** A required message body (HTML allowed where Intercom renders it). */
export function messageBodyField(description: string, name = 'body'): INodeProperties {
	return {
		displayName: 'Body',
		name,
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description,
	};
}

export const attachmentUrlsField: INodeProperties = {
	displayName: 'Attachment URLs',
	name: 'attachmentUrls',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/a.png, https://example.com/b.pdf',
	description: 'Up to 10 public file URLs, separated by commas, attached to the message',
};

/** The role of the contact a message comes from or goes to (Intercom's `type`). */
export function contactRoleField(description: string): INodeProperties {
	return {
		displayName: 'Contact Role',
		name: 'contactRole',
		type: 'options',
		options: [
			{ name: 'User', value: 'user' },
			{ name: 'Lead', value: 'lead' },
		],
		default: 'user',
		description,
	};
}

/** When a message was made, for imports of past messages. */
export function createdAtField(what: string): INodeProperties {
	return {
		displayName: 'Created At',
		name: 'createdAt',
		type: 'dateTime',
		default: '',
		description: `When the ${what} was created, for imports; default now`,
	};
}

/** Reply as an admin (comment or internal note) or as a contact: shared by conversations and tickets. */
export const replyFields: INodeProperties[] = [
	{
		displayName: 'Reply As',
		name: 'replyAs',
		type: 'options',
		options: [
			{ name: 'Admin', value: 'admin', description: 'A teammate replies or adds a note' },
			{
				name: 'Contact',
				value: 'contact',
				description: 'The reply is recorded as coming from a contact',
			},
		],
		default: 'admin',
	},
	{
		...actingAdminField(),
		description:
			'The teammate who replies. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { replyAs: ['admin'] } },
	},
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		displayOptions: { show: { replyAs: ['admin'] } },
		options: [
			{ name: 'Comment', value: 'comment', description: 'A reply the contact sees' },
			{ name: 'Note', value: 'note', description: 'An internal note only teammates see' },
		],
		default: 'comment',
	},
	{
		...contactLocator('contactId', 'Contact', 'The contact the reply comes from'),
		displayOptions: { show: { replyAs: ['contact'] } },
	},
	messageBodyField('The reply. Admin comments and notes may use HTML.'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [attachmentUrlsField, createdAtField('reply')],
	},
];
