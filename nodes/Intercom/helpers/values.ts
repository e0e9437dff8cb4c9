/**
 * Typed readers for the values of the node's fields. n8n's editor types the values it saves, but
 * an expression can hand a field anything: null, an object, an array, a number where text is
 * wanted. Each reader returns the value in the type Intercom takes, or a Refusal saying what it
 * got and what it expected; `helpers/input.ts` turns a refusal into an InputError naming the
 * field (the node's execute() adds the item).
 */
import { isDateTime, readDate } from './dates';

/** A reader's answer for a value it does not take: what it got and what it expected. */
export class Refusal {
	constructor(readonly message: string) {}
}

/** What a reader returns: the value read, or why not. */
export type Reader<T> = (value: unknown) => T | Refusal;

/** Longer text is cut in messages. */
const SHOWN_TEXT = 40;

/** The value's type, as a refusal names it ("null", "an object", `text "abc"`…). */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (typeof value === 'string') {
		if (!value.trim()) return 'empty text';
		return `text ${JSON.stringify(value.length > SHOWN_TEXT ? `${value.slice(0, SHOWN_TEXT)}…` : value)}`;
	}
	if (typeof value === 'number') return `the number ${String(value)}`;
	if (typeof value === 'boolean') return `the boolean ${String(value)}`;
	if (Array.isArray(value)) return 'an array';
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'an invalid JS Date' : 'a JS Date';
	if (isDateTime(value)) return value.isValid ? 'a DateTime' : 'an invalid DateTime';
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

function refusal(value: unknown, expected: string): Refusal {
	return new Refusal(`got ${describeValue(value)}, expected ${expected}`);
}

/** True for a field left empty: absent, or text of nothing but spaces. null is a value (refused). */
export function isBlank(value: unknown): boolean {
	return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Text, as given (callers trim where Intercom wants it). A finite number is taken as its decimal
 * text (a phone or an external ID of digits); null, booleans, arrays and objects are refused.
 */
export function asText(value: unknown, expected = 'text'): string | Refusal {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return refusal(value, expected);
}

const EXPECTED_EMAIL = 'an email address such as name@example.com';

/**
 * An email address, trimmed: one `@` between a local part and a domain, neither empty, no spaces
 * or control characters, and the domain made of non-empty labels between dots.
 */
const EMAIL = /^[^\s@\p{Cc}]+@[^\s@.\p{Cc}]+(?:\.[^\s@.\p{Cc}]+)*$/u;

export function asEmail(value: unknown): string | Refusal {
	if (typeof value !== 'string' || !EMAIL.test(value.trim())) return refusal(value, EXPECTED_EMAIL);
	return value.trim();
}

export interface NumberRule {
	/** Whole numbers only. */
	integer?: boolean;
	min?: number;
	max?: number;
}

function numberExpectation({ integer, min, max }: NumberRule): string {
	const kind = integer ? 'a whole number' : 'a number';
	if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
	if (min === 0) return `${kind} of 0 or more`;
	if (min !== undefined) return `${kind} of at least ${min}`;
	if (max !== undefined) return `${kind} of at most ${max}`;
	return kind;
}

/** Plain decimal text: an optional minus, digits, an optional fraction. No hex, exponent or spaces inside. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * A number: a finite number, or text that is a plain decimal number ("10", "-2.5"; not "0x10",
 * "1e3", "" or "Infinity"), within the rule's bounds.
 */
export function asNumber(value: unknown, rule: NumberRule = {}): number | Refusal {
	let n = Number.NaN;
	if (typeof value === 'number') n = value;
	else if (typeof value === 'string' && DECIMAL.test(value.trim())) n = Number(value.trim());
	if (
		!Number.isFinite(n) ||
		(rule.integer === true && !Number.isSafeInteger(n)) ||
		(rule.min !== undefined && n < rule.min) ||
		(rule.max !== undefined && n > rule.max)
	) {
		return refusal(value, numberExpectation(rule));
	}
	return n;
}

/** A boolean: true or false, or the text "true" or "false" (any case, spaces around ignored). */
export function asBoolean(value: unknown): boolean | Refusal {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'string') {
		const text = value.trim().toLowerCase();
		if (text === 'true') return true;
		if (text === 'false') return false;
	}
	return refusal(value, 'true or false');
}

/** One of a dropdown's values, exactly as the editor saves it. */
export function asOption<T extends string>(value: unknown, allowed: readonly T[]): T | Refusal {
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
		return value as T;
	return refusal(value, `one of ${allowed.map((option) => JSON.stringify(option)).join(', ')}`);
}

export const EXPECTED_DATE =
	'a date: ISO 8601 such as 2026-01-31 or 2026-01-31T12:00:00Z, or Unix seconds';

/**
 * A date as Unix seconds: ISO 8601 with a real calendar date (without a zone: in `timeZone`),
 * Unix seconds as a non-negative number or digit text, a JS Date or a Luxon DateTime.
 */
export function asUnixSeconds(value: unknown, timeZone: string): number | Refusal {
	const reading = readDate(value, timeZone);
	if (typeof reading === 'number') return reading;
	if (reading === 'not a calendar date') {
		return new Refusal(`got ${describeValue(value)}, which is not a real calendar date and time`);
	}
	return refusal(value, EXPECTED_DATE);
}
