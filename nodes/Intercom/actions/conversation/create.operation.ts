import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	attachmentUrlsField,
	contactRoleField,
	createdAtField,
	messageBodyField,
} from '../../descriptions/inbox.description';
import { brandRlc } from '../../descriptions/brand.description';
import { conversationSubjectField } from '../../descriptions/conversation.description';
import { contactLocator } from '../../descriptions/rlc.description';
import {
	optionParameter,
	optionalText,
	optionalUnixSeconds,
	requiredId,
} from '../../helpers/input';
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
		options: [
			attachmentUrlsField,
			{
				...brandRlc,
				required: false,
				description:
					'The brand the conversation belongs to. The default brand’s ID is the workspace’s ID; other brands have IDs of digits.',
			},
			createdAtField('conversation'),
			conversationSubjectField,
		],
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
	const subject = optionalText('Subject', extra.subject);
	if (subject) body.subject = subject;
	// Added to Additional Fields, the brand must be given: an empty one is refused, not left out.
	if (extra.brandId !== undefined)
		body.brand_id = requiredId(this, i, 'additionalFields.brandId', 'Brand');
	return await intercomApiRequest.call(this, 'POST', '/conversations', body);
}
