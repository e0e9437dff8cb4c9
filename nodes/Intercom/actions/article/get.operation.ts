import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { articleRlc } from '../../descriptions/article.description';
import { simplify } from '../../descriptions/common.description';
import { simplifyArticle } from '../../helpers/article';
import { booleanParameter, requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [articleRlc, simplify];

const displayOptions = { show: { resource: ['article'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const id = requiredId(this, i, 'articleId', 'Article', { numeric: true });
	const article = await intercomApiRequest.call(this, 'GET', apiPath`/articles/${id}`);
	return simple ? simplifyArticle(article) : article;
}
