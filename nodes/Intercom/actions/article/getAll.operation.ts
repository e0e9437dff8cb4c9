import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import { simplifyArticles } from '../../helpers/article';
import { booleanParameter, limitOf } from '../../helpers/input';
import { listByPageNumber } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit, simplify];

const displayOptions = { show: { resource: ['article'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The workspace's articles, most recently updated first, in numbered pages. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const articles = await listByPageNumber.call(this, {
		method: 'GET',
		path: '/articles',
		itemsKey: 'data',
		limit: limitOf(this, i),
	});
	return simple ? simplifyArticles(articles) : articles;
}
