import type { IDataObject } from 'n8n-workflow';

import { readValue } from './input';
import { InputError } from './inputError';
import { asOption, asText, isBlank } from './values';

/** How Update and Convert find a visitor: Intercom's ID, or the user_id it generated. */
export const VISITOR_IDENTIFIERS = ['id', 'userId'] as const;
export type VisitorIdentifier = (typeof VISITOR_IDENTIFIERS)[number];

/** Intercom IDs of contacts and visitors: 24 hex digits, or at least a token of letters and digits. */
const INTERCOM_ID = /^[A-Za-z0-9_-]+$/;

/** A required identifier value, trimmed; an Intercom ID must look like one. */
export function identifierValue(field: string, value: unknown, intercomId: boolean): string {
	if (isBlank(value)) throw new InputError(field, 'is empty');
	const text = readValue(field, value, asText).trim();
	if (intercomId && !INTERCOM_ID.test(text))
		throw new InputError(field, `"${text}" is not a valid Intercom ID`);
	return text;
}

/** `{ id }` or `{ user_id }` of a visitor (or a user), from "Identify By" and its value. */
export function identifierOf(
	by: VisitorIdentifier,
	field: string,
	value: unknown,
): { id: string } | { user_id: string } {
	return by === 'id'
		? { id: identifierValue(field, value, true) }
		: { user_id: identifierValue(field, value, false) };
}

/** One of the Identify By values, as a dropdown saves it. */
export function identifyByOf(field: string, value: unknown): VisitorIdentifier {
	return readValue(field, value ?? 'userId', (v) => asOption(v, VISITOR_IDENTIFIERS));
}

export type ConvertTarget = 'lead' | 'user';

/** The body of `POST /visitors/convert`: the visitor, the role and (for a user) the user's identifiers. */
export function convertBody(
	visitor: IDataObject,
	type: ConvertTarget,
	user: IDataObject | undefined,
): IDataObject {
	return type === 'user' ? { type, visitor, user } : { type, visitor };
}
