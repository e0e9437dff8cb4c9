import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { articleRlc } from '../../descriptions/article.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [articleRlc];

const displayOptions = { show: { resource: ['article'], operation: ['getDraft'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * The article rendered with its staged draft (the live article is untouched). Intercom answers
 * 404 when the article has no staged draft.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'articleId', 'Article', { numeric: true });
	return await intercomApiRequest.call(this, 'GET', apiPath`/articles/${id}/draft`);
}
