import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	attachmentUrlsField,
	contactRoleField,
	createdAtField,
	messageBodyField,
} from '../../descriptions/inbox.description';
import { contactLocator } from '../../descriptions/rlc.description';
import { optionParameter, optionalUnixSeconds, requiredId } from '../../helpers/input';
import { attachmentUrlsFrom, requiredBody } from '../../helpers/reply';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	contactLocator(
		'contactId',
		'From Contact',
		'The contact (user or lead) who starts the conversation',
	),
	contactRoleField('The role of the contact the message comes from'),
	messageBodyField('The contact’s message (plain text; Intercom does not render HTML here)'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [attachmentUrlsField, createdAtField('conversation')],
	},
];

const displayOptions = { show: { resource: ['conversation'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const contactId = requiredId(this, i, 'contactId', 'From Contact');
	const body: IDataObject = {
		from: {
			type: optionParameter(this, i, 'contactRole', 'Contact Role', ['user', 'lead'], 'user'),
			id: contactId,
		},
		body: requiredBody(this, i),
	};
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const urls = attachmentUrlsFrom(extra.attachmentUrls);
	if (urls) body.attachment_urls = urls;
	const createdAt = optionalUnixSeconds('Created At', extra.createdAt, this.getTimezone());
	if (createdAt !== undefined) body.created_at = createdAt;
	return await intercomApiRequest.call(this, 'POST', '/conversations', body);
}
