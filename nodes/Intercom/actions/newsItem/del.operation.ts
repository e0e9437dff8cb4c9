import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { newsItemRlc } from '../../descriptions/news.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [newsItemRlc];

const displayOptions = { show: { resource: ['newsItem'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Intercom answers `{ id, object: "news-item", deleted: true }`. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'newsItemId', 'News Item', { numeric: true });
	return await intercomApiRequest.call(this, 'DELETE', apiPath`/news/news_items/${id}`);
}
