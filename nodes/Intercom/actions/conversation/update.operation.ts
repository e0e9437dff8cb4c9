import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { customAttributeProperties } from '../../descriptions/contact.description';
import { plainTextOption } from '../../descriptions/conversation.description';
import { conversationRlc } from '../../descriptions/rlc.description';
import type { CustomAttributePair } from '../../helpers/input';
import {
	customAttributesFrom,
	optionalBoolean,
	optionalText,
	optionalValue,
	requiredId,
} from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';
import { asText } from '../../helpers/values';

const properties: INodeProperties[] = [
	conversationRlc,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Company ID',
				name: 'companyId',
				type: 'string',
				default: '',
				description: 'Intercom’s ID of the company to associate the conversation with',
			},
			...customAttributeProperties(
				'getConversationCustomAttributes',
				true,
				'Settings → Data → Conversations',
			),
			{
				displayName: 'Read',
				name: 'read',
				type: 'boolean',
				default: true,
				description: 'Whether to mark the conversation as read',
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
			},
		],
	},
	optionsCollection([plainTextOption]),
];

const displayOptions = { show: { resource: ['conversation'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	const read = optionalBoolean('Read', fields.read);
	if (read !== undefined) body.read = read;
	const title = optionalValue('Title', fields.title, asText);
	if (title !== undefined) body.title = title;
	const companyId = optionalText('Company ID', fields.companyId);
	if (companyId !== undefined) body.company_id = companyId;
	const attributes = customAttributesFrom(
		(fields.customAttributesUi as { attribute?: CustomAttributePair[] } | undefined)?.attribute,
		fields.customAttributesJson,
		this.getTimezone(),
	);
	if (attributes) body.custom_attributes = attributes;
	if (!Object.keys(body).length)
		throw new InputError('Update Fields', 'add at least one field to change');
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const qs: IDataObject = {};
	if (optionalBoolean('Plain Text', options.plainText)) qs.display_as = 'plaintext';
	return await intercomApiRequest.call(this, 'PUT', apiPath`/conversations/${id}`, body, qs);
}
