import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.description';
import { limitOf } from '../../helpers/input';
import { listByPagesNext } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit];

const displayOptions = { show: { resource: ['newsfeed'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The workspace's newsfeeds, following Intercom's numbered pages. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	return await listByPagesNext.call(this, {
		path: '/news/newsfeeds',
		itemsKey: 'data',
		limit: limitOf(this, i),
	});
}
