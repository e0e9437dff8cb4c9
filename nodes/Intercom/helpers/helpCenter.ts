import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { InputError } from './inputError';
import { optionalPlainText, readValue, requiredId } from './input';
import { asText, isBlank } from './values';

/**
 * Largest `per_page` of the Help Center's numbered lists: redirects (2.16 spec) and collections
 * (2.17 docs; the 2.16 spec declares no paging for them).
 */
export const HELP_CENTER_PAGE_MAX = 250;

/**
 * The locales Intercom's Help Center content is translated into: the keys of the spec's
 * `group_translated_content` (and `article_translated_content`), with their names, sorted by name.
 */
export const HELP_CENTER_LOCALES: ReadonlyArray<{ name: string; value: string }> = [
	{ name: 'Arabic', value: 'ar' },
	{ name: 'Bosnian', value: 'bs' },
	{ name: 'Bulgarian', value: 'bg' },
	{ name: 'Catalan', value: 'ca' },
	{ name: 'Chinese (China)', value: 'zh-CN' },
	{ name: 'Chinese (Taiwan)', value: 'zh-TW' },
	{ name: 'Croatian', value: 'hr' },
	{ name: 'Czech', value: 'cs' },
	{ name: 'Danish', value: 'da' },
	{ name: 'Dutch', value: 'nl' },
	{ name: 'English', value: 'en' },
	{ name: 'Estonian', value: 'et' },
	{ name: 'Finnish', value: 'fi' },
	{ name: 'French', value: 'fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Greek', value: 'el' },
	{ name: 'Hebrew', value: 'he' },
	{ name: 'Hungarian', value: 'hu' },
	{ name: 'Indonesian', value: 'id' },
	{ name: 'Italian', value: 'it' },
	{ name: 'Japanese', value: 'ja' },
	{ name: 'Korean', value: 'ko' },
	{ name: 'Latvian', value: 'lv' },
	{ name: 'Lithuanian', value: 'lt' },
	{ name: 'Mongolian', value: 'mn' },
	{ name: 'Norwegian', value: 'nb' },
	{ name: 'Polish', value: 'pl' },
	{ name: 'Portuguese (Brazil)', value: 'pt-BR' },
	{ name: 'Portuguese (Portugal)', value: 'pt' },
	{ name: 'Romanian', value: 'ro' },
	{ name: 'Russian', value: 'ru' },
	{ name: 'Serbian', value: 'sr' },
	{ name: 'Slovenian', value: 'sl' },
	{ name: 'Spanish', value: 'es' },
	{ name: 'Swedish', value: 'sv' },
	{ name: 'Turkish', value: 'tr' },
	{ name: 'Vietnamese', value: 'vi' },
];

const LOCALE_CODES = new Set(HELP_CENTER_LOCALES.map((locale) => locale.value));

/** One locale of Intercom's list, given as its code (an expression may give anything). */
export function localeOf(field: string, value: unknown): string {
	if (isBlank(value)) throw new InputError(field, 'is empty. Choose a locale');
	const code = readValue(field, value, asText).trim();
	if (!LOCALE_CODES.has(code)) {
		throw new InputError(field, `"${code}" is not one of Intercom's Help Center locales`, {
			description: `Use one of: ${[...LOCALE_CODES].join(', ')}`,
		});
	}
	return code;
}

/** One entry of a Translations fixedCollection as the editor saves it. */
export interface TranslationEntry {
	locale?: unknown;
	name?: unknown;
	description?: unknown;
}

/**
 * A collection's `translated_content` from the Translations entries: `{ fr: { name, description } }`.
 * Each entry needs a locale of Intercom's list, used once, and a name or a description.
 * Undefined when there are no entries.
 */
export function groupTranslatedContent(
	entries: TranslationEntry[] | undefined,
): IDataObject | undefined {
	if (!entries?.length) return undefined;
	const content: IDataObject = {};
	for (const entry of entries) {
		const locale = localeOf('Translations › Locale', entry.locale);
		if (locale in content) {
			throw new InputError('Translations', `the locale "${locale}" is given more than once`);
		}
		const translation: IDataObject = {};
		const name = optionalPlainText(`Translations › ${locale} › Name`, entry.name);
		if (name) translation.name = name;
		const description = optionalPlainText(
			`Translations › ${locale} › Description`,
			entry.description,
		);
		if (description) translation.description = description;
		if (!Object.keys(translation).length) {
			throw new InputError(`Translations › ${locale}`, 'give a name or a description');
		}
		content[locale] = translation;
	}
	return content;
}

/** An absolute http(s) URL with a host, trimmed; anything else is refused. */
export function absoluteUrl(field: string, value: unknown): string {
	if (isBlank(value)) throw new InputError(field, 'is empty');
	const text = readValue(field, value, asText).trim();
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname || /\s/.test(text)) {
		throw new InputError(
			field,
			`"${text}" is not a valid URL; give an absolute URL such as https://help.example.com/en/old-page`,
		);
	}
	return text;
}

/**
 * The ID in an optional locator of a collection of fields (`additionalFields.parentId`): undefined
 * when the field is not added or left empty, else read and checked as requiredId does (list, ID
 * or URL mode).
 */
export function optionalLocatorId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	collection: string,
	key: string,
	field: string,
): string | undefined {
	const fields = ctx.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	const raw = fields[key];
	const value =
		raw !== null && typeof raw === 'object' && '__rl' in raw ? (raw as IDataObject).value : raw;
	if (isBlank(value)) return undefined;
	return requiredId(ctx, itemIndex, `${collection}.${key}`, field, { numeric: true });
}
