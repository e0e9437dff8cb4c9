import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { InputError } from './inputError';
import type { NumberRule, Reader } from './values';
import {
	asBoolean,
	asEmail,
	asNumber,
	asOption,
	asText,
	asUnixSeconds,
	isBlank,
	Refusal,
} from './values';

/** What a value is, for error messages: "an object", "an array", "null", "a number"… */
export function typeName(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'an array';
	if (value instanceof Date) return 'a date';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The forms of Intercom IDs: digits (conversations, admins, teams, notes…), or a token of
 * letters, digits and `_ . : @ + -` (contacts, companies, segments…) that is not only dots. Both
 * keep an ID one path segment: no `/`, `\`, `?`, `#`, `%` or dot segment can pass.
 */
const ID_FORMS = { numeric: /^\d+$/, token: /^(?!\.+$)[A-Za-z0-9_.:@+-]+$/ };

/** A resource locator's value (list, ID or URL mode), required and trimmed. */
export function requiredId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
	/** IDs Intercom only makes of digits (conversations, admins, teams…). */
	options: { numeric?: boolean } = {},
): string {
	const raw = ctx.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	if (
		typeof raw !== 'string' &&
		!(typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0)
	) {
		if (raw === undefined || raw === null || raw === '') {
			throw new InputError(field, 'is empty. Pick one from the list or give its ID');
		}
		throw new InputError(field, `got ${typeName(raw)}, not an Intercom ID`);
	}
	const value = String(raw).trim();
	if (!value) {
		throw new InputError(field, 'is empty. Pick one from the list or give its ID');
	}
	if (!(options.numeric ? ID_FORMS.numeric : ID_FORMS.token).test(value)) {
		throw new InputError(
			field,
			`"${value}" is not a valid Intercom ID${options.numeric ? ' (it is a number)' : ''}`,
		);
	}
	return value;
}

/** A required plain string parameter (or a resource locator's value, which is not an ID). */
export function requiredString(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
): string {
	const raw = ctx.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	if (isBlank(raw)) throw new InputError(field, 'is empty');
	return readValue(field, raw, asText).trim();
}

/** A required email address parameter (name@domain), trimmed. */
export function requiredEmail(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
): string {
	const raw = ctx.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	if (isBlank(raw)) throw new InputError(field, 'is empty');
	return readValue(field, raw, asEmail);
}

/**
 * A field's value read by one of the readers of `./values`; a refusal becomes an InputError
 * naming the field and what the value was (`Email: got an object, expected …`).
 */
export function readValue<T>(field: string, value: unknown, reader: Reader<T>): T {
	const read = reader(value);
	if (read instanceof Refusal) throw new InputError(field, read.message);
	return read;
}

/** readValue for an optional field: undefined when it is left empty (absent or blank text). */
export function optionalValue<T>(field: string, value: unknown, reader: Reader<T>): T | undefined {
	return isBlank(value) ? undefined : readValue(field, value, reader);
}

/** Optional text, trimmed; undefined when left empty. Numbers are taken as their text. */
export function optionalText(field: string, value: unknown): string | undefined {
	return optionalValue(field, value, asText)?.trim();
}

/** An HTML tag (`<p>`, `</b>`, `<br/>`, `<a href="…">`); a lone `<` or `a < b` is not one. */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

/**
 * Text Intercom shows as it is (titles, names, descriptions): HTML there would show as tags, so
 * it is refused, naming the field and the first tag.
 */
export function plainText(field: string, text: string): string {
	const tag = HTML_TAG.exec(text)?.[0];
	if (tag) {
		throw new InputError(
			field,
			`has HTML (${tag.slice(0, 40)}), but Intercom shows it as plain text`,
			{
				description: 'Remove the HTML tags: only the body takes HTML.',
			},
		);
	}
	return text;
}

/** A required plain-text parameter (no HTML), trimmed. */
export function requiredPlainText(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
): string {
	return plainText(field, requiredString(ctx, itemIndex, parameter, field));
}

/** Optional plain text (no HTML), trimmed; undefined when left empty. */
export function optionalPlainText(field: string, value: unknown): string | undefined {
	const text = optionalText(field, value);
	return text === undefined ? undefined : plainText(field, text);
}

/** An optional true/false field ("true"/"false" by expression too); undefined when left empty. */
export function optionalBoolean(field: string, value: unknown): boolean | undefined {
	return optionalValue(field, value, asBoolean);
}

/** An optional date as Unix seconds; undefined when left empty. */
export function optionalUnixSeconds(
	field: string,
	value: unknown,
	timeZone: string,
): number | undefined {
	return isBlank(value) ? undefined : toUnixSeconds(field, value, timeZone);
}

/** A number parameter (a number, or plain decimal text by expression) within `rule`. */
export function numberParameter(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
	fallback: number,
	rule: NumberRule = {},
): number {
	return readValue(field, ctx.getNodeParameter(parameter, itemIndex, fallback), (v) =>
		asNumber(v, rule),
	);
}

/** A true/false parameter ("true"/"false" by expression too). */
export function booleanParameter(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
	fallback: boolean,
): boolean {
	return readValue(field, ctx.getNodeParameter(parameter, itemIndex, fallback), asBoolean);
}

/** A dropdown parameter, which an expression could set to anything: one of `allowed`. */
export function optionParameter<T extends string>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
	allowed: readonly T[],
	fallback: T,
): T {
	return readValue(field, ctx.getNodeParameter(parameter, itemIndex, fallback), (v) =>
		asOption(v, allowed),
	);
}

/**
 * Unix seconds from an n8n date: ISO 8601 with a real calendar date (without a zone: `timeZone`,
 * the workflow's timezone), Luxon DateTime, JS Date, or Unix seconds (a non-negative number or
 * digits; milliseconds when that large).
 */
export function toUnixSeconds(field: string, value: unknown, timeZone: string): number {
	return readValue(field, value, (v) => asUnixSeconds(v, timeZone));
}

/** A date that must be given, as Unix seconds. */
export function requiredUnixSeconds(field: string, value: unknown, timeZone: string): number {
	if (isBlank(value)) throw new InputError(field, 'is empty');
	return toUnixSeconds(field, value, timeZone);
}

/** A date that must lie in the future (snoozes), as Unix seconds. */
export function futureUnixSeconds(field: string, value: unknown, timeZone: string): number {
	const seconds = requiredUnixSeconds(field, value, timeZone);
	if (seconds * 1000 <= Date.now()) {
		throw new InputError(
			field,
			`${new Date(seconds * 1000).toISOString()} is in the past; give a future date`,
		);
	}
	return seconds;
}

/** Parses a JSON parameter that must hold an object (a string, or an object given by expression). */
export function parseJsonObject(field: string, value: unknown): IDataObject {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (!value.trim()) return {};
		let syntaxError: string | undefined;
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			syntaxError = (error as Error).message;
		}
		if (syntaxError !== undefined) throw new InputError(field, `is not valid JSON: ${syntaxError}`);
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new InputError(field, 'must be a JSON object, e.g. {"plan": "pro"}');
	}
	return parsed as IDataObject;
}

export interface CustomAttributePair {
	name?: unknown;
	type?: unknown;
	value?: unknown;
}

const CUSTOM_ATTRIBUTE_TYPES = ['string', 'number', 'boolean', 'date'] as const;

/**
 * Custom attributes from key/value pairs (typed; dates read in `timeZone`) and/or JSON; JSON wins
 * on the same key.
 */
export function customAttributesFrom(
	pairs: CustomAttributePair[] | undefined,
	json: unknown,
	timeZone: string,
): IDataObject | undefined {
	const out: IDataObject = {};
	for (const pair of pairs ?? []) {
		const name = optionalText('Custom Attributes › Name', pair.name);
		if (!name) throw new InputError('Custom Attributes', 'an attribute has no name');
		const field = `Custom Attributes › ${name}`;
		const type =
			pair.type === undefined
				? 'string'
				: readValue(`${field} › Type`, pair.type, (v) => asOption(v, CUSTOM_ATTRIBUTE_TYPES));
		const raw = pair.value;
		switch (type) {
			case 'number':
				out[name] = readValue(field, raw, (v) => asNumber(v));
				break;
			case 'boolean':
				out[name] = readValue(field, raw, asBoolean);
				break;
			case 'date':
				out[name] = toUnixSeconds(field, raw, timeZone);
				break;
			default:
				out[name] = raw === undefined ? '' : readValue(field, raw, asText);
		}
	}
	if (json !== undefined && json !== '') {
		Object.assign(out, parseJsonObject('Custom Attributes (JSON)', json));
	}
	return Object.keys(out).length ? out : undefined;
}

/** Return All / Limit of item `i`: undefined means everything. Limit "10" by expression is 10. */
export function limitOf(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	if (booleanParameter(ctx, itemIndex, 'returnAll', 'Return All', false)) return undefined;
	return numberParameter(ctx, itemIndex, 'limit', 'Limit', 50, { integer: true, min: 1 });
}
