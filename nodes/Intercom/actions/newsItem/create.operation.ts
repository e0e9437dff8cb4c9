import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	newsItemBodyField,
	newsItemOptionalFields,
	newsItemSenderField,
	newsItemTitleField,
} from '../../descriptions/news.description';
import { requiredId, requiredPlainText } from '../../helpers/input';
import { newsItemBody } from '../../helpers/news';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	newsItemTitleField,
	newsItemSenderField,
	newsItemBodyField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: newsItemOptionalFields,
	},
];

const displayOptions = { show: { resource: ['newsItem'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const title = requiredPlainText(this, i, 'title', 'Title');
	const senderId = requiredId(this, i, 'senderId', 'Sender', { numeric: true });
	const body = newsItemBody(
		{
			...(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
			body: this.getNodeParameter('body', i, ''),
		},
		this.getTimezone(),
	);
	return await intercomApiRequest.call(this, 'POST', '/news/news_items', {
		title,
		sender_id: Number(senderId),
		...body,
	});
}
