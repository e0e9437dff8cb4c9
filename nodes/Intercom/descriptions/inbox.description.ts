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

/** Which reply endpoint a reply form is for: Intercom takes a few different options on each. */
export type ReplyTarget = 'conversation' | 'ticket';

/** Intercom takes at most this many files, and separately this many URLs, on a reply. */
export const MAX_REPLY_FILES = 10;

/** The largest file a reply takes from binary input (see helpers/reply.ts), in megabytes. */
export const MAX_REPLY_FILE_MB = 10;

/** Files from the input item's binary fields, attached to an admin reply. */
function attachmentFilesField(target: ReplyTarget): INodeProperties {
	const precedence =
		target === 'ticket'
			? ' On tickets Intercom uses the files and ignores the URLs when both are given.'
			: '';
	return {
		displayName: 'Attachment Files',
		name: 'attachmentFiles',
		type: 'string',
		default: '',
		placeholder: 'e.g. data, invoice',
		hint: 'The names of the input binary fields holding the files, separated by commas',
		description: `Up to ${MAX_REPLY_FILES} files from the input item, at most ${MAX_REPLY_FILE_MB} MB each, besides up to 10 attachment URLs.${precedence}`,
		displayOptions: { show: { '/replyAs': ['admin'] } },
	};
}

/**
 * Reply as an admin (comment, internal note or quick reply buttons) or as a contact: the form of
 * Conversation → Reply and Ticket → Reply, with the options only one of them has.
 */
export function replyFields(target: ReplyTarget): INodeProperties[] {
	const perTarget: INodeProperties[] =
		target === 'conversation'
			? [
					{
						displayName: 'Skip Notifications',
						name: 'skipNotifications',
						type: 'boolean',
						default: false,
						description: 'Whether to send the reply without notifying anyone of it',
						displayOptions: { show: { '/replyAs': ['admin'] } },
					},
				]
			: [
					{
						displayName: 'Cross Post',
						name: 'crossPost',
						type: 'boolean',
						default: false,
						description:
							"Whether a note on a back-office ticket also appears in each of the ticket's linked conversations",
						displayOptions: { show: { '/replyAs': ['admin'] } },
					},
					{
						displayName: 'Skip Notifications',
						name: 'skipNotifications',
						type: 'boolean',
						default: false,
						description: 'Whether to send the reply without notifying anyone of it',
					},
				];
	return [
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
				{
					name: 'Quick Reply',
					value: 'quick_reply',
					description: 'Buttons the contact picks one of (Reply Options)',
				},
			],
			default: 'comment',
		},
		{
			...contactLocator('contactId', 'Contact', 'The contact the reply comes from'),
			displayOptions: { show: { replyAs: ['contact'] } },
		},
		{
			...messageBodyField('The reply. Admin comments and notes may use HTML.'),
			displayOptions: { hide: { messageType: ['quick_reply'] } },
		},
		// Intercom requires a body for comments and notes only: quick reply buttons may come alone.
		{
			...messageBodyField('Optional text shown with the buttons'),
			required: false,
			displayOptions: { show: { replyAs: ['admin'], messageType: ['quick_reply'] } },
		},
		{
			displayName: 'Reply Options',
			name: 'replyOptions',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Option',
			default: {},
			required: true,
			description: 'The buttons the contact picks one of, in order',
			displayOptions: { show: { replyAs: ['admin'], messageType: ['quick_reply'] } },
			options: [
				{
					displayName: 'Option',
					name: 'option',
					values: [
						{
							displayName: 'Text',
							name: 'text',
							type: 'string',
							default: '',
							required: true,
							description: 'What the button says',
						},
						{
							displayName: 'UUID',
							name: 'uuid',
							type: 'string',
							default: '',
							placeholder: 'e.g. 0df48b85-9a93-4c66-a167-753eff0baaec',
							description:
								"The option's identifier, which the contact's choice carries; leave empty to generate one",
						},
					],
				},
			],
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				attachmentFilesField(target),
				attachmentUrlsField,
				createdAtField('reply'),
				...perTarget,
			],
		},
	];
}
