import type { IDataObject } from 'n8n-workflow';

import { optionalBoolean, optionalText, readValue } from './input';
import { InputError } from './inputError';
import { pick } from './simplify';
import { asNumber, asText, isBlank } from './values';

/** Comma-separated whole numbers (audience IDs); an empty value is an empty list (clears the targeting). */
export function integerList(field: string, value: unknown): number[] {
	if (Array.isArray(value)) {
		return value.map((v) => readValue(field, v, (x) => asNumber(x, { integer: true, min: 0 })));
	}
	const text = readValue(field, value, asText).trim();
	if (!text) return [];
	return text.split(',').map((part) => {
		const piece = part.trim();
		if (!/^\d+$/.test(piece)) throw new InputError(field, `"${piece}" is not a whole number ID`);
		return Number(piece);
	});
}

/** An admin ID for a body field Intercom types as an integer (author_id, owner_id). */
export function adminIdNumber(field: string, value: unknown): number {
	const text = isBlank(value) ? '' : String(value as string | number).trim();
	if (!text) throw new InputError(field, 'is empty. Pick an admin from the list or give its ID');
	if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)))
		throw new InputError(field, `"${text}" is not an admin ID (it is a number)`);
	return Number(text);
}

/**
 * The fields internal articles and content snippets share, from an Additional Fields or Update
 * Fields collection: AI availability, audiences, and the body as HTML or Markdown (not both;
 * `htmlKey` is where HTML goes: `body` for articles; snippets have none).
 */
export function knowledgeBody(fields: IDataObject, htmlKey?: 'body'): IDataObject {
	const body: IDataObject = {};
	const html = htmlKey ? optionalText('Body (HTML)', fields.body) : undefined;
	const markdown = optionalText('Body (Markdown)', fields.bodyMarkdown);
	if (html !== undefined && markdown !== undefined)
		throw new InputError('Body (Markdown)', 'give the body as HTML or as Markdown, not both');
	if (html !== undefined && htmlKey) body[htmlKey] = html;
	if (markdown !== undefined) body.body_markdown = markdown;
	if (fields.audienceIds !== undefined)
		body.audience_ids = integerList('Audience IDs', fields.audienceIds);
	const flags: Array<[string, string, string]> = [
		['aiChatbotAvailability', 'ai_chatbot_availability', 'Available to Fin'],
		['aiCopilotAvailability', 'ai_copilot_availability', 'Available to Copilot'],
		['aiSalesAgentAvailability', 'ai_sales_agent_availability', 'Available to Fin Sales Agent'],
	];
	for (const [key, apiKey, label] of flags) {
		const value = optionalBoolean(label, fields[key]);
		if (value !== undefined) body[apiKey] = value;
	}
	return body;
}

/** An internal article without its body (HTML and Markdown), for Simplify. */
export const INTERNAL_ARTICLE_SIMPLE_FIELDS = [
	'type',
	'id',
	'title',
	'locale',
	'author_id',
	'owner_id',
	'created_at',
	'updated_at',
	'audience_ids',
	'ai_chatbot_availability',
	'ai_copilot_availability',
	'ai_sales_agent_availability',
];

export function simplifyInternalArticles(items: IDataObject[]): IDataObject[] {
	return items.map((item) => pick(item, INTERNAL_ARTICLE_SIMPLE_FIELDS));
}

/** A content snippet without its body (blocks and Markdown), for Simplify. */
export const CONTENT_SNIPPET_SIMPLE_FIELDS = INTERNAL_ARTICLE_SIMPLE_FIELDS.filter(
	(key) => key !== 'author_id' && key !== 'owner_id',
);

export function simplifyContentSnippets(items: IDataObject[]): IDataObject[] {
	return items.map((item) => pick(item, CONTENT_SNIPPET_SIMPLE_FIELDS));
}

/**
 * Page size for internal articles and content snippets: Intercom documents 50 as the default and
 * the most for snippets (`per_page` "Max value of 50") and states no larger one for internal
 * articles, so asking for more could end a list early at 50.
 */
export const KNOWLEDGE_PAGE_SIZE = 50;

/** A locale code as Intercom writes them: `en`, `fr`, `pt-BR`, `zh-CN`. */
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/;

export function optionalLocale(field: string, value: unknown): string | undefined {
	const locale = optionalText(field, value);
	if (locale !== undefined && !LOCALE.test(locale))
		throw new InputError(field, `"${locale}" is not a locale code such as en, fr or pt-BR`);
	return locale;
}

/** JSON blocks: a JSON array of objects, as text or by expression. */
export function jsonBlocks(field: string, value: unknown): IDataObject[] | undefined {
	if (isBlank(value)) return undefined;
	let parsed: unknown = value;
	if (typeof value === 'string') {
		let syntaxError: string | undefined;
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			syntaxError = (error as Error).message;
		}
		if (syntaxError !== undefined) throw new InputError(field, `is not valid JSON: ${syntaxError}`);
	}
	if (
		!Array.isArray(parsed) ||
		!parsed.length ||
		parsed.some((block) => block === null || typeof block !== 'object' || Array.isArray(block))
	) {
		throw new InputError(
			field,
			'must be a JSON array of block objects, e.g. [{"type": "paragraph", "text": "…"}]',
		);
	}
	return parsed as IDataObject[];
}

/**
 * A content snippet's body from its fields: the content as Markdown or as JSON blocks (exactly
 * one when `contentRequired`, at most one otherwise), locale, audiences and AI availability.
 */
export function snippetBody(
	fields: IDataObject,
	{ contentRequired }: { contentRequired: boolean },
): IDataObject {
	const body = knowledgeBody(fields);
	const blocks = jsonBlocks('JSON Blocks', fields.jsonBlocks);
	if (blocks && body.body_markdown !== undefined)
		throw new InputError('JSON Blocks', 'give the content as Markdown or as JSON blocks, not both');
	if (contentRequired && !blocks && body.body_markdown === undefined)
		throw new InputError(
			'Body (Markdown)',
			'is empty. Give the content as Markdown or as JSON Blocks',
		);
	if (blocks) body.json_blocks = blocks;
	const locale = optionalLocale('Locale', fields.locale);
	if (locale !== undefined) body.locale = locale;
	return body;
}
