import type { IDataObject } from 'n8n-workflow';

import { optionalBoolean, optionalPlainText, optionalValue, plainText, readValue } from './input';
import { InputError } from './inputError';
import { asOption, asText } from './values';

/** The categories a ticket type can have (the spec's enum). */
export const TICKET_TYPE_CATEGORIES = ['Customer', 'Back-office', 'Tracker'] as const;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** One emoji: a pictograph (with its modifiers, joiners and variation selector), a flag or a keycap. */
const EMOJI = /^(?:\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}.*)$/su;

/**
 * A ticket type's icon: Intercom takes one emoji (from the Twemoji set), such as 🐞 or 🎟️, not
 * text, an image URL or several emoji.
 */
export function ticketTypeIcon(value: unknown): string | undefined {
	const text = optionalValue('Icon', value, asText)?.trim();
	if (text === undefined) return undefined;
	const parts = [...graphemes.segment(text)];
	if (parts.length !== 1 || !EMOJI.test(text)) {
		throw new InputError(
			'Icon',
			`${JSON.stringify(text.length > 20 ? `${text.slice(0, 20)}…` : text)} is not one emoji; Intercom takes a single emoji such as 🐞 or 🎟️`,
		);
	}
	return text;
}

/**
 * The fields a ticket type's create and update share (description, icon, category, internal),
 * read from a collection and checked: category one of Intercom's three, icon one emoji, no HTML.
 */
export function ticketTypeFields(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	// An empty description is sent on update: it clears the current one.
	if (fields.description !== undefined)
		body.description = plainText(
			'Description',
			readValue('Description', fields.description, asText).trim(),
		);
	const icon = ticketTypeIcon(fields.icon);
	if (icon !== undefined) body.icon = icon;
	if (fields.category !== undefined && fields.category !== '')
		body.category = readValue('Category', fields.category, (v) =>
			asOption(v, TICKET_TYPE_CATEGORIES),
		);
	const internal = optionalBoolean('Internal', fields.isInternal);
	if (internal !== undefined) body.is_internal = internal;
	return body;
}

/** A ticket type's name for an update: refused when given empty, or with HTML. */
export function ticketTypeName(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	const name = optionalPlainText('Name', value);
	if (name === undefined) throw new InputError('Name', 'is empty');
	return name;
}
