import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { articleRlc } from '../../descriptions/article.description';
import { optionsCollection } from '../../descriptions/common.description';
import { actingAdminField, tagRlc } from '../../descriptions/rlc.description';
import { optionalDigits } from '../../helpers/article';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	articleRlc,
	{ ...tagRlc, description: 'An existing tag of the workspace (create tags with Tag → Create)' },
	optionsCollection([
		{
			...actingAdminField('adminId', 'Tagged By'),
			required: false,
			description:
				'The teammate the tagging is attributed to (default: the credential’s). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
];

const displayOptions = { show: { resource: ['article'], operation: ['addTag'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST /articles/{id}/tags with the tag's ID; Intercom answers the tag applied. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'articleId', 'Article', { numeric: true });
	const tagId = requiredId(this, i, 'tagId', 'Tag');
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const adminId = optionalDigits('Tagged By', options.adminId);
	return await intercomApiRequest.call(this, 'POST', apiPath`/articles/${id}/tags`, {
		id: tagId,
		...(adminId ? { admin_id: adminId } : {}),
	});
}
