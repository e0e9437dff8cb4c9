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
import { requiredBody } from '../../helpers/reply';
import { intercomApiRequest } from '../../transport';

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
