import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { internalArticleRlc } from '../../descriptions/knowledge.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [internalArticleRlc];

const displayOptions = { show: { resource: ['internalArticle'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Intercom answers `{ id, object: 'internal_article', deleted: true }`. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'internalArticleId', 'Internal Article', { numeric: true });
	return await intercomApiRequest.call(this, 'DELETE', apiPath`/internal_articles/${id}`);
}
