import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import { booleanParameter, limitOf, optionalText } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { KNOWLEDGE_PAGE_SIZE, simplifyInternalArticles } from '../../helpers/knowledge';
import { listByPageNumber } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Folder ID',
		name: 'folderId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 123',
		description: 'The knowledge folder to search in. Leave empty to search every folder.',
	},
	...returnAllOrLimit,
	simplify,
];

const displayOptions = { show: { resource: ['internalArticle'], operation: ['search'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** `GET /internal_articles/search`: the matches are under `data.internal_articles`. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const folderId = optionalText('Folder ID', this.getNodeParameter('folderId', i, ''));
	if (folderId !== undefined && !/^\d+$/.test(folderId))
		throw new InputError('Folder ID', `"${folderId}" is not a folder ID (it is a number)`);
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const items = await listByPageNumber.call(this, {
		method: 'GET',
		path: '/internal_articles/search',
		itemsKey: 'data.internal_articles',
		limit: limitOf(this, i),
		query: folderId === undefined ? {} : { folder_id: folderId },
		maxPageSize: KNOWLEDGE_PAGE_SIZE,
	});
	return simple ? simplifyInternalArticles(items) : items;
}
