import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	contactRoleField,
	createdAtField,
	messageBodyField,
} from '../../descriptions/inbox.description';
import { actingAdminField, contactLocator } from '../../descriptions/rlc.description';
import {
	optionParameter,
	optionalBoolean,
	optionalUnixSeconds,
	requiredId,
	requiredString,
} from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { requiredBody } from '../../helpers/reply';
import { intercomApiRequest } from '../../transport';

/** Where a message's copies go: Intercom's `cc` and `bcc`, each a list of contacts (user or lead). */
const COPY_FIELDS = [
	{ name: 'cc', field: 'CC' },
	{ name: 'bcc', field: 'BCC' },
] as const;

/** CC or BCC: contacts picked like the To contact, each with its role; as many as wanted. */
function copyRecipientsField(
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		placeholder: 'Add Recipient',
		typeOptions: { multipleValues: true },
		default: {},
		description,
		options: [
			{
				displayName: 'Recipient',
				name: 'recipient',
				values: [
					contactLocator('contactId', 'Contact', 'The contact who receives a copy'),
					contactRoleField('The role of the contact'),
				],
			},
		],
	};
}

const properties: INodeProperties[] = [
	{
		displayName: 'Channel',
		name: 'messageType',
		type: 'options',
		options: [
			{ name: 'In-App', value: 'in_app', description: 'Shown in the Messenger' },
			{ name: 'Email', value: 'email' },
		],
		default: 'in_app',
	},
	{
		...actingAdminField('fromAdminId', 'From Admin'),
		description:
			'The teammate who sends the message. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	contactLocator('contactId', 'To Contact', 'The contact who receives the message'),
	contactRoleField('The role of the receiving contact'),
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		required: true,
		displayOptions: { show: { messageType: ['email'] } },
		default: '',
	},
	{
		displayName: 'Template',
		name: 'template',
		type: 'options',
		displayOptions: { show: { messageType: ['email'] } },
		options: [
			{ name: 'Plain', value: 'plain', description: 'Plain text, like a personal email' },
			{
				name: 'Personal',
				value: 'personal',
				description: 'With the workspace’s styling and the sender’s avatar',
			},
		],
		default: 'plain',
	},
	messageBodyField('The message. HTML is allowed.'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			copyRecipientsField(
				'BCC',
				'bcc',
				'Contacts who get a blind copy: the other recipients do not see them. Email messages only.',
			),
			copyRecipientsField(
				'CC',
				'cc',
				'Contacts who get a copy, shown to every recipient. Email messages only.',
			),
			{
				displayName: 'Create Conversation Without Reply',
				name: 'createConversation',
				type: 'boolean',
				default: true,
				description:
					'Whether a conversation is created at once, without waiting for the contact to reply',
			},
			createdAtField('message'),
		],
	},
];

const displayOptions = { show: { resource: ['message'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * The CC or BCC recipients of item `i` as Intercom's recipients (`{ type, id }`), each contact
 * read like the To contact (list, ID or URL); undefined when none were added. `seen` holds the
 * contacts already receiving the message (To, then CC), which are refused a second time.
 * Copies are for emails: an in-app message with any is refused.
 */
function copyRecipients(
	ctx: IExecuteFunctions,
	i: number,
	extra: IDataObject,
	{ name, field }: (typeof COPY_FIELDS)[number],
	email: boolean,
	seen: Map<string, string>,
): IDataObject[] | undefined {
	const entries = (extra[name] as { recipient?: unknown } | undefined)?.recipient;
	if (entries === undefined) return undefined;
	if (!Array.isArray(entries)) throw new InputError(field, 'must be a list of recipients');
	if (!entries.length) return undefined;
	if (!email)
		throw new InputError(
			field,
			`only email messages have ${field} recipients: set Channel to Email, or remove ${field}`,
		);
	return entries.map((_, k) => {
		const path = `additionalFields.${name}.recipient[${k}]`;
		const label = `${field} › ${k + 1}`;
		const id = requiredId(ctx, i, `${path}.contactId`, `${label} › Contact`);
		const already = seen.get(id);
		if (already !== undefined)
			throw new InputError(
				`${label} › Contact`,
				`contact ${id} already receives the message (${already})`,
			);
		seen.set(id, field);
		const type = optionParameter(
			ctx,
			i,
			`${path}.contactRole`,
			`${label} › Contact Role`,
			['user', 'lead'],
			'user',
		);
		return { type, id };
	});
}

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const messageType = optionParameter(
		this,
		i,
		'messageType',
		'Channel',
		['in_app', 'email'],
		'in_app',
	);
	const adminId = requiredId(this, i, 'fromAdminId', 'From Admin', { numeric: true });
	const contactId = requiredId(this, i, 'contactId', 'To Contact');
	const body: IDataObject = {
		message_type: messageType,
		body: requiredBody(this, i),
		from: { type: 'admin', id: Number(adminId) },
		to: {
			type: optionParameter(this, i, 'contactRole', 'Contact Role', ['user', 'lead'], 'user'),
			id: contactId,
		},
	};
	if (messageType === 'email') {
		body.subject = requiredString(this, i, 'subject', 'Subject');
		body.template = optionParameter(
			this,
			i,
			'template',
			'Template',
			['plain', 'personal'],
			'plain',
		);
	}
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const seen = new Map([[contactId, 'To']]);
	for (const copy of COPY_FIELDS) {
		const recipients = copyRecipients(this, i, extra, copy, messageType === 'email', seen);
		if (recipients) body[copy.name] = recipients;
	}
	const createConversation = optionalBoolean(
		'Create Conversation Without Reply',
		extra.createConversation,
	);
	if (createConversation !== undefined)
		body.create_conversation_without_contact_reply = createConversation;
	const createdAt = optionalUnixSeconds('Created At', extra.createdAt, this.getTimezone());
	if (createdAt !== undefined) body.created_at = createdAt;
	return await intercomApiRequest.call(this, 'POST', '/messages', body);
}
