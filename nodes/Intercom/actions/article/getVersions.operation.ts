import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { articleRlc, versionLocaleField } from '../../descriptions/article.description';
import { optionsCollection, returnAllOrLimit } from '../../descriptions/common.description';
import { ARTICLE_LOCALE_CODES } from '../../helpers/article';
import { limitOf, optionalValue, requiredId } from '../../helpers/input';
import { asOption } from '../../helpers/values';
import { apiPath, listByPageNumber } from '../../transport';

const properties: INodeProperties[] = [
	articleRlc,
	...returnAllOrLimit,
	optionsCollection([versionLocaleField]),
];

const displayOptions = { show: { resource: ['article'], operation: ['getVersions'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** An article's version history, newest first: each version's metadata, without its body. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const id = requiredId(this, i, 'articleId', 'Article', { numeric: true });
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const locale = optionalValue('Locale', options.locale, (v) => asOption(v, ARTICLE_LOCALE_CODES));
	return await listByPageNumber.call(this, {
		method: 'GET',
		path: apiPath`/articles/${id}/versions`,
		itemsKey: 'data',
		limit: limitOf(this, i),
		query: locale ? { locale } : {},
	});
}
