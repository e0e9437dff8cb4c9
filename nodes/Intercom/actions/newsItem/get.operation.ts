import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import { newsItemRlc } from '../../descriptions/news.description';
import { booleanParameter, requiredId } from '../../helpers/input';
import { simplifyNewsItems } from '../../helpers/news';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [newsItemRlc, simplify];

const displayOptions = { show: { resource: ['newsItem'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const id = requiredId(this, i, 'newsItemId', 'News Item', { numeric: true });
	const item = await intercomApiRequest.call(this, 'GET', apiPath`/news/news_items/${id}`);
	return simple ? simplifyNewsItems([item])[0] : item;
}
