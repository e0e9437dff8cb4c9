import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { unsafeSegmentReason } from '../transport/path';
import type { NumberRule, Reader } from './values';
import { asBoolean, asEmail, asNumber, asOption, asText, asUnixSeconds, isBlank, Refusal } from './values';

/** A NodeOperationError naming the field and the item, thrown before any request is sent. */
export function inputError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	problem: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `${field}: ${problem} (item ${itemIndex})`, {
		itemIndex,
		description,
	});
}

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
	if (typeof raw !== 'string' && !(typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0)) {
		if (raw === undefined || raw === null || raw === '') {
			throw inputError(ctx, itemIndex, field, 'is empty. Pick one from the list or give its ID');
		}
		throw inputError(ctx, itemIndex, field, `got ${typeName(raw)}, not an Intercom ID`);
	}
	const value = String(raw).trim();
	if (!value) {
		throw inputError(ctx, itemIndex, field, 'is empty. Pick one from the list or give its ID');
	}
	if (!(options.numeric ? ID_FORMS.numeric : ID_FORMS.token).test(value)) {
		throw inputError(
			ctx,
			itemIndex,
			field,
			`"${value}" is not a valid Intercom ID${options.numeric ? ' (it is a number)' : ''}`,
		);
	}
	return value;
}

/**
 * A required free-form value that goes into a path as one segment (an external ID): any text,
 * sent percent-encoded, but never empty or a dot segment.
 */
export function requiredPathValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
): string {
	const value = requiredString(ctx, itemIndex, parameter, field);
	const reason = unsafeSegmentReason(value);
	if (reason) throw inputError(ctx, itemIndex, field, `"${value}" ${reason}`);
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
	if (isBlank(raw)) throw inputError(ctx, itemIndex, field, 'is empty');
	return readValue(ctx, itemIndex, field, raw, asText).trim();
}

/** A required email address parameter (name@domain), trimmed. */
export function requiredEmail(ctx: IExecuteFunctions, itemIndex: number, parameter: string, field: string): string {
	const raw = ctx.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	if (isBlank(raw)) throw inputError(ctx, itemIndex, field, 'is empty');
	return readValue(ctx, itemIndex, field, raw, asEmail);
}

/**
 * A field's value read by one of the readers of `./values`; a refusal becomes an inputError
 * naming the field, the item and what the value was (`Email: got an object, expected …`).
 */
export function readValue<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	reader: Reader<T>,
): T {
	const read = reader(value);
	if (read instanceof Refusal) throw inputError(ctx, itemIndex, field, read.message);
	return read;
}

/** readValue for an optional field: undefined when it is left empty (absent or blank text). */
export function optionalValue<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	reader: Reader<T>,
): T | undefined {
	return isBlank(value) ? undefined : readValue(ctx, itemIndex, field, value, reader);
}

/** Optional text, trimmed; undefined when left empty. Numbers are taken as their text. */
export function optionalText(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string | undefined {
	return optionalValue(ctx, itemIndex, field, value, asText)?.trim();
}

/** An optional true/false field ("true"/"false" by expression too); undefined when left empty. */
export function optionalBoolean(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): boolean | undefined {
	return optionalValue(ctx, itemIndex, field, value, asBoolean);
}

/** An optional date as Unix seconds; undefined when left empty. */
export function optionalUnixSeconds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number | undefined {
	return isBlank(value) ? undefined : toUnixSeconds(ctx, itemIndex, field, value);
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
	return readValue(ctx, itemIndex, field, ctx.getNodeParameter(parameter, itemIndex, fallback), (v) => asNumber(v, rule));
}

/** A true/false parameter ("true"/"false" by expression too). */
export function booleanParameter(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
	fallback: boolean,
): boolean {
	return readValue(ctx, itemIndex, field, ctx.getNodeParameter(parameter, itemIndex, fallback), asBoolean);
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
	return readValue(ctx, itemIndex, field, ctx.getNodeParameter(parameter, itemIndex, fallback), (v) =>
		asOption(v, allowed),
	);
}

/**
 * Unix seconds from an n8n date: ISO 8601 with a real calendar date (without a zone: the
 * workflow's timezone), Luxon DateTime, JS Date, or Unix seconds (a non-negative number or digits;
 * milliseconds when that large).
 */
export function toUnixSeconds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number {
	const timeZone = ctx.getTimezone();
	return readValue(ctx, itemIndex, field, value, (v) => asUnixSeconds(v, timeZone));
}

/** A date that must be given, as Unix seconds. */
export function requiredUnixSeconds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number {
	if (isBlank(value)) throw inputError(ctx, itemIndex, field, 'is empty');
	return toUnixSeconds(ctx, itemIndex, field, value);
}

/** A date that must lie in the future (snoozes), as Unix seconds. */
export function futureUnixSeconds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number {
	const seconds = requiredUnixSeconds(ctx, itemIndex, field, value);
	if (seconds * 1000 <= Date.now()) {
		throw inputError(
			ctx,
			itemIndex,
			field,
			`${new Date(seconds * 1000).toISOString()} is in the past; give a future date`,
		);
	}
	return seconds;
}

/** Parses a JSON parameter that must hold an object (a string, or an object given by expression). */
export function parseJsonObject(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): IDataObject {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (!value.trim()) return {};
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw inputError(ctx, itemIndex, field, `is not valid JSON: ${(error as Error).message}`);
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw inputError(ctx, itemIndex, field, 'must be a JSON object, e.g. {"plan": "pro"}');
	}
	return parsed as IDataObject;
}

export interface CustomAttributePair {
	name?: unknown;
	type?: unknown;
	value?: unknown;
}

const CUSTOM_ATTRIBUTE_TYPES = ['string', 'number', 'boolean', 'date'] as const;

/** Custom attributes from key/value pairs (typed) and/or JSON; JSON wins on the same key. */
export function customAttributesFrom(
	ctx: IExecuteFunctions,
	itemIndex: number,
	pairs: CustomAttributePair[] | undefined,
	json: unknown,
): IDataObject | undefined {
	const out: IDataObject = {};
	for (const pair of pairs ?? []) {
		const name = optionalText(ctx, itemIndex, 'Custom Attributes › Name', pair.name);
		if (!name) throw inputError(ctx, itemIndex, 'Custom Attributes', 'an attribute has no name');
		const field = `Custom Attributes › ${name}`;
		const type =
			pair.type === undefined
				? 'string'
				: readValue(ctx, itemIndex, `${field} › Type`, pair.type, (v) => asOption(v, CUSTOM_ATTRIBUTE_TYPES));
		const raw = pair.value;
		switch (type) {
			case 'number':
				out[name] = readValue(ctx, itemIndex, field, raw, (v) => asNumber(v));
				break;
			case 'boolean':
				out[name] = readValue(ctx, itemIndex, field, raw, asBoolean);
				break;
			case 'date':
				out[name] = toUnixSeconds(ctx, itemIndex, field, raw);
				break;
			default:
				out[name] = raw === undefined ? '' : readValue(ctx, itemIndex, field, raw, asText);
		}
	}
	if (json !== undefined && json !== '') {
		Object.assign(out, parseJsonObject(ctx, itemIndex, 'Custom Attributes (JSON)', json));
	}
	return Object.keys(out).length ? out : undefined;
}

/** Return All / Limit of item `i`: undefined means everything. Limit "10" by expression is 10. */
export function limitOf(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	if (booleanParameter(ctx, itemIndex, 'returnAll', 'Return All', false)) return undefined;
	return numberParameter(ctx, itemIndex, 'limit', 'Limit', 50, { integer: true, min: 1 });
}
