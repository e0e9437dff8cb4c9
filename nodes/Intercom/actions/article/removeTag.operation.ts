import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { articleRlc } from '../../descriptions/article.description';
import { tagRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [articleRlc, tagRlc];

const displayOptions = { show: { resource: ['article'], operation: ['removeTag'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** DELETE /articles/{id}/tags/{tag_id}; Intercom answers the tag, with applied_at and applied_by null. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'articleId', 'Article', { numeric: true });
	const tagId = requiredId(this, i, 'tagId', 'Tag');
	return await intercomApiRequest.call(this, 'DELETE', apiPath`/articles/${id}/tags/${tagId}`);
}
