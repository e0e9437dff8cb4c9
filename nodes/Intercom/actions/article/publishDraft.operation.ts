import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { articleRlc, localeOptions } from '../../descriptions/article.description';
import { ARTICLE_LOCALE_CODES } from '../../helpers/article';
import { readValue, requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';
import { asOption } from '../../helpers/values';

const properties: INodeProperties[] = [
	articleRlc,
	{
		displayName: 'Locales',
		name: 'locales',
		type: 'multiOptions',
		options: localeOptions,
		default: [],
		description:
			'The languages whose drafts to publish. Needed on a multilingual help center (each must have staged changes); leave empty on a single-language one.',
	},
];

const displayOptions = { show: { resource: ['article'], operation: ['publishDraft'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The Locales field: known locale codes, each once (an expression may give a list or one code). */
function localesOf(value: unknown): string[] {
	if (value === undefined || value === null || value === '') return [];
	const list = Array.isArray(value) ? (value as unknown[]) : [value];
	const locales: string[] = [];
	for (const entry of list) {
		const locale = readValue('Locales', typeof entry === 'string' ? entry.trim() : entry, (v) =>
			asOption(v, ARTICLE_LOCALE_CODES),
		);
		if (locales.includes(locale)) {
			throw new InputError('Locales', `the locale "${locale}" is given twice`);
		}
		locales.push(locale);
	}
	return locales;
}

/** POST /articles/{id}/draft/publish makes the staged draft live; no body unless locales are given. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'articleId', 'Article', { numeric: true });
	const locales = localesOf(this.getNodeParameter('locales', i, []));
	return await intercomApiRequest.call(
		this,
		'POST',
		apiPath`/articles/${id}/draft/publish`,
		locales.length ? { locales } : undefined,
	);
}
