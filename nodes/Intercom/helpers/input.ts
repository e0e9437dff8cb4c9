import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { unsafeSegmentReason } from '../transport/path';
import { unixSeconds } from './dates';

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
	const raw = ctx.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	if (typeof raw !== 'string' && typeof raw !== 'number') {
		if (raw === undefined || raw === null) throw inputError(ctx, itemIndex, field, 'is empty');
		throw inputError(ctx, itemIndex, field, `got ${typeName(raw)}, expected text`);
	}
	const value = String(raw).trim();
	const reason = unsafeSegmentReason(value);
	if (reason) throw inputError(ctx, itemIndex, field, value ? `"${value}" ${reason}` : reason);
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
	const value = raw === undefined || raw === null ? '' : String(raw).trim();
	if (!value) throw inputError(ctx, itemIndex, field, 'is empty');
	return value;
}

/** A required email address parameter (checked for the shape name@domain). */
export function requiredEmail(ctx: IExecuteFunctions, itemIndex: number, parameter: string, field: string): string {
	const email = requiredString(ctx, itemIndex, parameter, field);
	if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw inputError(ctx, itemIndex, field, `"${email}" is not an email address`);
	return email;
}

/**
 * Unix seconds from an n8n date: ISO string (without a zone: the workflow's timezone), Luxon
 * DateTime, JS Date, or a number (seconds, or milliseconds when it is that large).
 */
export function toUnixSeconds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number {
	const seconds = unixSeconds(value, ctx.getTimezone());
	if (seconds !== undefined) return seconds;
	throw inputError(
		ctx,
		itemIndex,
		field,
		`"${String(value)}" is not a date. Use an ISO date such as 2026-01-31T12:00:00Z or Unix seconds`,
	);
}

/** A date that must be given, as Unix seconds. */
export function requiredUnixSeconds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number {
	if (value === undefined || value === null || value === '') throw inputError(ctx, itemIndex, field, 'is empty');
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
	name?: string;
	type?: 'string' | 'number' | 'boolean' | 'date';
	value?: unknown;
}

/** Custom attributes from key/value pairs (typed) and/or JSON; JSON wins on the same key. */
export function customAttributesFrom(
	ctx: IExecuteFunctions,
	itemIndex: number,
	pairs: CustomAttributePair[] | undefined,
	json: unknown,
): IDataObject | undefined {
	const out: IDataObject = {};
	for (const pair of pairs ?? []) {
		const name = String(pair.name ?? '').trim();
		if (!name) throw inputError(ctx, itemIndex, 'Custom Attributes', 'an attribute has no name');
		const raw = pair.value;
		switch (pair.type ?? 'string') {
			case 'number': {
				const n = typeof raw === 'number' ? raw : Number(String(raw ?? '').trim());
				if (String(raw ?? '').trim() === '' || !Number.isFinite(n)) {
					throw inputError(ctx, itemIndex, `Custom Attributes › ${name}`, `"${String(raw)}" is not a number`);
				}
				out[name] = n;
				break;
			}
			case 'boolean': {
				const text = String(raw ?? '').trim().toLowerCase();
				if (raw === true || text === 'true') out[name] = true;
				else if (raw === false || text === 'false') out[name] = false;
				else throw inputError(ctx, itemIndex, `Custom Attributes › ${name}`, `"${String(raw)}" is not true or false`);
				break;
			}
			case 'date':
				out[name] = toUnixSeconds(ctx, itemIndex, `Custom Attributes › ${name}`, raw);
				break;
			default:
				out[name] = raw === undefined || raw === null ? '' : String(raw);
		}
	}
	if (json !== undefined && json !== '') {
		Object.assign(out, parseJsonObject(ctx, itemIndex, 'Custom Attributes (JSON)', json));
	}
	return Object.keys(out).length ? out : undefined;
}

/** Return All / Limit of item `i`: undefined means everything. */
export function limitOf(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return undefined;
	const limit = ctx.getNodeParameter('limit', itemIndex, 50) as number;
	if (!Number.isInteger(limit) || limit < 1) {
		throw inputError(ctx, itemIndex, 'Limit', `must be a whole number of at least 1, not ${String(limit)}`);
	}
	return limit;
}
