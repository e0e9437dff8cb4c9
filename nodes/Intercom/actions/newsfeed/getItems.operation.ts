import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import { newsfeedRlc } from '../../descriptions/news.description';
import { booleanParameter, limitOf, requiredId } from '../../helpers/input';
import { simplifyNewsItems } from '../../helpers/news';
import { apiPath, listByPagesNext } from '../../transport';

const properties: INodeProperties[] = [newsfeedRlc, ...returnAllOrLimit, simplify];

const displayOptions = { show: { resource: ['newsfeed'], operation: ['getItems'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The news items live on a newsfeed, following Intercom's numbered pages. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const id = requiredId(this, i, 'newsfeedId', 'Newsfeed', { numeric: true });
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const items = await listByPagesNext.call(this, {
		path: apiPath`/news/newsfeeds/${id}/items`,
		itemsKey: 'data',
		limit: limitOf(this, i),
	});
	return simple ? simplifyNewsItems(items) : items;
}
