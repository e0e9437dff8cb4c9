import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { internalArticleRlc } from '../../descriptions/knowledge.description';
import { tagRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [internalArticleRlc, tagRlc];

const displayOptions = { show: { resource: ['internalArticle'], operation: ['addTag'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Applies an existing tag; Intercom answers with the tag applied. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'internalArticleId', 'Internal Article', { numeric: true });
	const tagId = requiredId(this, i, 'tagId', 'Tag');
	return await intercomApiRequest.call(this, 'POST', apiPath`/internal_articles/${id}/tags`, {
		id: tagId,
	});
}
