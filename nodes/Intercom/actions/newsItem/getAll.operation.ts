import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import { booleanParameter, limitOf } from '../../helpers/input';
import { simplifyNewsItems } from '../../helpers/news';
import { listByPagesNext } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit, simplify];

const displayOptions = { show: { resource: ['newsItem'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Every news item of the workspace, drafts included, following Intercom's numbered pages. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const items = await listByPagesNext.call(this, {
		path: '/news/news_items',
		itemsKey: 'data',
		limit: limitOf(this, i),
	});
	return simple ? simplifyNewsItems(items) : items;
}
