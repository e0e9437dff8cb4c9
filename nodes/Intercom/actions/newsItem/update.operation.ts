import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	newsItemBodyField,
	newsItemOptionalFields,
	newsItemRlc,
	newsItemSenderField,
	newsItemTitleField,
} from '../../descriptions/news.description';
import { requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { newsItemBody } from '../../helpers/news';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	newsItemRlc,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			newsItemBodyField,
			...newsItemOptionalFields,
			{ ...newsItemSenderField, required: false },
			{ ...newsItemTitleField, required: false },
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];

const displayOptions = { show: { resource: ['newsItem'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * PUT /news/news_items/{id} with the fields to change. Intercom requires the title and the sender
 * on every update: when they are not among the fields, the news item is read first and its
 * current ones are sent.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'newsItemId', 'News Item', { numeric: true });
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = newsItemBody(fields, this.getTimezone());
	if (!Object.keys(body).length) {
		throw new InputError('Update Fields', 'add at least one field to change');
	}
	const path = apiPath`/news/news_items/${id}`;
	if (body.title === undefined || body.sender_id === undefined) {
		const current = await intercomApiRequest.call(this, 'GET', path);
		if (body.title === undefined && typeof current.title === 'string' && current.title) {
			body.title = current.title;
		}
		if (body.sender_id === undefined && /^\d+$/.test(String(current.sender_id ?? ''))) {
			body.sender_id = Number(current.sender_id);
		}
		if (body.title === undefined || body.sender_id === undefined) {
			throw new InputError(
				'Update Fields',
				`news item ${id} has no ${body.title === undefined ? 'title' : 'sender'} to keep; add it to the fields to change`,
			);
		}
	}
	return await intercomApiRequest.call(this, 'PUT', path, body);
}
