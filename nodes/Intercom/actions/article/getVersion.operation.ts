import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { articleRlc, versionLocaleField } from '../../descriptions/article.description';
import { optionsCollection } from '../../descriptions/common.description';
import { ARTICLE_LOCALE_CODES } from '../../helpers/article';
import { optionalValue, requiredId, requiredString } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { asOption } from '../../helpers/values';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	articleRlc,
	{
		displayName: 'Version ID',
		name: 'versionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 301',
		description: 'The version, by the ID that Get Versions lists',
	},
	optionsCollection([
		{ ...versionLocaleField, description: 'The language of the version’s content' },
	]),
];

const displayOptions = { show: { resource: ['article'], operation: ['getVersion'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** One earlier version of an article with its full content (HTML and Markdown bodies). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'articleId', 'Article', { numeric: true });
	const versionId = requiredString(this, i, 'versionId', 'Version ID');
	if (!/^[A-Za-z0-9_-]+$/.test(versionId)) {
		throw new InputError(
			'Version ID',
			`"${versionId}" is not a version ID (as Get Versions lists them, e.g. 301)`,
		);
	}
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const locale = optionalValue('Locale', options.locale, (v) => asOption(v, ARTICLE_LOCALE_CODES));
	return await intercomApiRequest.call(
		this,
		'GET',
		apiPath`/articles/${id}/versions/${versionId}`,
		undefined,
		locale ? { locale } : undefined,
	);
}
