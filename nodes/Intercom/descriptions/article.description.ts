import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ARTICLE_LOCALES } from '../helpers/article';
import { collectionLocator } from './helpCenter.description';
import { adminField, locator } from './rlc.description';

/**
 * An Intercom app URL to an article, on any region's host:
 * https://app.intercom.com/a/apps/{app}/articles/articles/{id}/show (app.eu…, app.au…).
 */
const ARTICLE_URL_REGEX =
	'https:\\/\\/app(?:\\.eu|\\.au)?\\.intercom\\.com\\/a\\/apps\\/[^/]+\\/articles\\/articles\\/(\\d+)';

export const articleRlc = locator({
	name: 'articleId',
	displayName: 'Article',
	description: 'The help center article to work on',
	searchListMethod: 'searchArticles',
	listPlaceholder: 'Select an article…',
	idPlaceholder: 'e.g. 6871119',
	idRegex: '^\\d+$',
	idError: 'Not a valid Intercom article ID (digits)',
	url: {
		placeholder: 'e.g. https://app.intercom.com/a/apps/abc123/articles/articles/6871119/show',
		regex: ARTICLE_URL_REGEX,
		error: 'Not an Intercom article URL',
	},
});

/** The collection an article sits in (collections and the collections nested in them). */
export const parentCollectionRlc: INodeProperties = {
	...collectionLocator(
		'parentId',
		'Parent Collection',
		'The help center collection the article goes in. Without one the article stands alone.',
	),
	required: false,
};

export const localeOptions: INodePropertyOptions[] = ARTICLE_LOCALES.map(({ code, name }) => ({
	name: `${name} (${code})`,
	value: code,
})).sort((a, b) => a.name.localeCompare(b.name));

export const articleTitleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	placeholder: 'e.g. Getting started',
	description: 'The title of the article (of its default language)',
};

export const articleDescriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	description: 'A short summary shown under the title in the help center',
};

export const articleBodyField: INodeProperties = {
	displayName: 'Body',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 5 },
	default: '',
	placeholder: 'e.g. <p>Open <b>Settings</b> to begin.</p>',
	hint: 'HTML, e.g. &lt;p&gt;, &lt;h2&gt;, &lt;a href&gt;, &lt;ul&gt;. Plain text becomes one paragraph.',
	description: 'The content of the article, in HTML',
};

export const articleAuthorField: INodeProperties = {
	...adminField,
	name: 'authorId',
	displayName: 'Author Name or ID',
	description:
		'The teammate shown as the article’s author. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const articleStateField: INodeProperties = {
	displayName: 'State',
	name: 'state',
	type: 'options',
	options: [
		{ name: 'Draft', value: 'draft', description: 'Saved but not visible in the help center' },
		{ name: 'Published', value: 'published', description: 'Live in the help center' },
	],
	default: 'draft',
	description: 'Whether the article is live or a draft',
};

/** Translations: locale → title, description, HTML body, author (and state, except for drafts). */
export function translationsField(options: { withState: boolean }): INodeProperties {
	const values: INodeProperties[] = [
		{
			displayName: 'Locale',
			name: 'locale',
			type: 'options',
			options: localeOptions,
			default: 'fr',
			description: 'The language of this translation',
		},
		{ ...articleTitleField, description: 'The title in this language' },
		{ ...articleDescriptionField, description: 'The summary in this language' },
		{ ...articleBodyField, description: 'The content in this language, in HTML' },
		{
			...articleAuthorField,
			required: false,
			description:
				'The author of this translation. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	];
	if (options.withState) {
		values.push({
			...articleStateField,
			default: '',
			options: [
				{ name: 'Unchanged (Draft When New)', value: '' },
				...(articleStateField.options ?? []),
			],
			description: 'Whether this translation is live or a draft',
		});
	}
	return {
		displayName: 'Translations',
		name: 'translations',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Translation',
		default: {},
		description: 'The article in other languages of the help center, one entry per locale',
		options: [{ displayName: 'Translation', name: 'translation', values }],
	};
}

/** The language to read an article's versions in (Intercom's default language without one). */
export const versionLocaleField: INodeProperties = {
	displayName: 'Locale',
	name: 'locale',
	type: 'options',
	options: localeOptions,
	default: 'en',
	description:
		'The language of the versions. Intercom answers 400 for a locale the workspace does not have.',
};
