import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import { booleanParameter, limitOf } from '../../helpers/input';
import { KNOWLEDGE_PAGE_SIZE, simplifyInternalArticles } from '../../helpers/knowledge';
import { listByPageNumber } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit, simplify];

const displayOptions = { show: { resource: ['internalArticle'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Internal articles, page by page (`page`, `per_page`). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const items = await listByPageNumber.call(this, {
		method: 'GET',
		path: '/internal_articles',
		itemsKey: 'data',
		limit: limitOf(this, i),
		maxPageSize: KNOWLEDGE_PAGE_SIZE,
	});
	return simple ? simplifyInternalArticles(items) : items;
}
