import type { IDataObject } from 'n8n-workflow';

import { HELP_CENTER_LOCALES } from './helpCenter';
import { optionalPlainText, optionalText, optionalValue } from './input';
import { InputError } from './inputError';
import { pick } from './simplify';
import { asOption, isBlank } from './values';

/** The locales an article can be written in: the Help Center's (article_translated_content). */
export const ARTICLE_LOCALES: ReadonlyArray<{ code: string; name: string }> =
	HELP_CENTER_LOCALES.map(({ name, value }) => ({ code: value, name }));

export const ARTICLE_LOCALE_CODES = ARTICLE_LOCALES.map((locale) => locale.code);

export const ARTICLE_STATES = ['published', 'draft'] as const;

/** The article fields kept by Simplify: everything but the HTML and Markdown bodies. */
export const ARTICLE_SIMPLE_FIELDS = [
	'type',
	'id',
	'workspace_id',
	'title',
	'description',
	'author_id',
	'state',
	'created_at',
	'updated_at',
	'has_unpublished_changes',
	'draft_updated_at',
	'url',
	'parent_id',
	'parent_type',
	'parent_ids',
	'default_locale',
	'ai_chatbot_availability',
	'ai_copilot_availability',
	'ai_sales_agent_availability',
	'created_by_id',
	'updated_by_id',
	'exclude_from_article_suggestions',
	'help_center_audience',
	'scheduled_publish_at',
	'scheduled_unpublish_at',
	'statistics',
	'tags',
	'translated_content',
	// Added by Search with Highlight on: the matches in the article's title and summary.
	'highlight',
];

/** The fields of each translation kept by Simplify: everything but its bodies. */
export const TRANSLATION_SIMPLE_FIELDS = [
	'type',
	'title',
	'description',
	'author_id',
	'state',
	'created_at',
	'updated_at',
	'has_unpublished_changes',
	'draft_updated_at',
	'url',
	'audience_ids',
	'ai_chatbot_availability',
	'ai_copilot_availability',
	'ai_sales_agent_availability',
	'created_by_id',
	'updated_by_id',
];

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** An article without its HTML body, Markdown body and the bodies of its translations. */
export function simplifyArticle(article: IDataObject): IDataObject {
	const out = pick(article, ARTICLE_SIMPLE_FIELDS);
	const translations = article.translated_content;
	if (isObject(translations)) {
		const simple: IDataObject = {};
		for (const [key, value] of Object.entries(translations)) {
			simple[key] = isObject(value) ? pick(value, TRANSLATION_SIMPLE_FIELDS) : value;
		}
		out.translated_content = simple;
	}
	return out;
}

export function simplifyArticles(articles: IDataObject[]): IDataObject[] {
	return articles.map(simplifyArticle);
}

/** Intercom's article IDs, collection IDs and admin IDs are digits. */
const DIGITS = /^\d+$/;

/** An optional ID of digits (an admin, a collection), as text; undefined when left empty. */
export function optionalDigits(field: string, value: unknown): string | undefined {
	const text = optionalText(field, value);
	if (text === undefined) return undefined;
	if (!DIGITS.test(text)) throw new InputError(field, `"${text}" is not an Intercom ID (digits)`);
	return text;
}

/** The value of a resource locator kept inside a collection, or a plain value. */
export function locatorValue(value: unknown): unknown {
	return isObject(value) && '__rl' in value ? value.value : value;
}

/** One entry of the Translations fixed collection, as the editor saves it. */
export interface TranslationEntry {
	locale?: unknown;
	title?: unknown;
	description?: unknown;
	body?: unknown;
	authorId?: unknown;
	state?: unknown;
}

/**
 * `translated_content` from the Translations entries: one object per locale with its title,
 * description, HTML body, author and (unless `withState` is false: drafts ignore it) state.
 * An unknown locale, a locale given twice and a translation with nothing in it are refused.
 */
export function translatedContentFrom(
	entries: TranslationEntry[] | undefined,
	options: { withState: boolean },
): IDataObject | undefined {
	if (entries === undefined) return undefined;
	if (!Array.isArray(entries))
		throw new InputError('Translations', 'must be a list of translations');
	const out: IDataObject = {};
	for (const entry of entries) {
		const locale = optionalText('Translations › Locale', entry?.locale);
		if (!locale) throw new InputError('Translations', 'a translation has no locale');
		if (!ARTICLE_LOCALE_CODES.includes(locale)) {
			throw new InputError(
				'Translations › Locale',
				`"${locale}" is not a locale Intercom's articles have (e.g. en, fr, pt-BR)`,
			);
		}
		if (locale in out) {
			throw new InputError('Translations', `the locale "${locale}" is given twice`);
		}
		const field = `Translations › ${locale}`;
		const content: IDataObject = {};
		const title = optionalPlainText(`${field} › Title`, entry.title);
		if (title !== undefined) content.title = title;
		const description = optionalPlainText(`${field} › Description`, entry.description);
		if (description !== undefined) content.description = description;
		const body = optionalText(`${field} › Body`, entry.body);
		if (body !== undefined) content.body = body;
		const author = optionalDigits(`${field} › Author`, entry.authorId);
		if (author !== undefined) content.author_id = Number(author);
		if (options.withState) {
			const state = optionalValue(`${field} › State`, entry.state, (v) =>
				asOption(v, ARTICLE_STATES),
			);
			if (state !== undefined) content.state = state;
		}
		if (!Object.keys(content).length) {
			throw new InputError(field, 'give at least one field of the translation');
		}
		out[locale] = content;
	}
	return Object.keys(out).length ? out : undefined;
}

/** What an article body is built for: the three endpoints take the same fields in two shapes. */
export type ArticleBodyKind = 'create' | 'update' | 'draft';

/**
 * The body of `POST /articles`, `PUT /articles/{id}` or `PUT /articles/{id}/draft` from the
 * operation's fields (title, description, body, authorId, state, parentId) and translations.
 * Create sends the parent's ID as a number and the update endpoints as text, as the spec has
 * them; a draft stages only content, so it takes no state and no parent.
 */
export function articleBodyFrom(
	fields: IDataObject,
	translations: TranslationEntry[] | undefined,
	kind: ArticleBodyKind,
): IDataObject {
	const body: IDataObject = {};
	const title = optionalPlainText('Title', fields.title);
	if (title !== undefined) body.title = title;
	const description = optionalPlainText('Description', fields.description);
	if (description !== undefined) body.description = description;
	if (!isBlank(fields.body)) body.body = optionalText('Body', fields.body);
	const author = optionalDigits('Author', fields.authorId);
	if (author !== undefined) body.author_id = Number(author);
	if (kind !== 'draft') {
		const state = optionalValue('State', fields.state, (v) => asOption(v, ARTICLE_STATES));
		if (state !== undefined) body.state = state;
		const parent = optionalDigits('Parent Collection', locatorValue(fields.parentId));
		if (parent !== undefined) {
			body.parent_id = kind === 'create' ? Number(parent) : parent;
			body.parent_type = 'collection';
		}
	}
	const translated = translatedContentFrom(translations, { withState: kind !== 'draft' });
	if (translated) body.translated_content = translated;
	return body;
}

/** One highlight of Search (article_search_highlights), without the article ID it repeats. */
function highlightOf(highlight: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(highlight)) if (key !== 'article_id') out[key] = value;
	return out;
}

/**
 * Search's articles, each with its entry of the answer's `highlights` (matched by article ID)
 * under `highlight`, when there is one.
 */
export function withHighlights(articles: IDataObject[], highlights: unknown): IDataObject[] {
	if (!Array.isArray(highlights) || !highlights.length) return articles;
	const byId = new Map<string, IDataObject>();
	for (const highlight of highlights) {
		if (isObject(highlight) && highlight.article_id !== undefined && highlight.article_id !== null)
			byId.set(String(highlight.article_id), highlight);
	}
	return articles.map((article) => {
		const highlight = byId.get(String(article.id));
		return highlight ? { ...article, highlight: highlightOf(highlight) } : article;
	});
}
