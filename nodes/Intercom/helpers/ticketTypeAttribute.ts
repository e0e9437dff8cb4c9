import type { IDataObject } from 'n8n-workflow';

import { optionalBoolean, optionalText } from './input';
import { InputError } from './inputError';

/** The data types a ticket type attribute can have (the spec's enum). */
export const TICKET_ATTRIBUTE_DATA_TYPES = [
	'string',
	'list',
	'integer',
	'decimal',
	'boolean',
	'datetime',
	'files',
] as const;

export type TicketAttributeDataType = (typeof TICKET_ATTRIBUTE_DATA_TYPES)[number];

/**
 * A list attribute's options as Intercom takes them: `list_items`, the labels joined by commas. At
 * least one; none empty, repeated or holding a comma (it would split into two options).
 */
export function listItemsFrom(values: Array<{ label?: unknown }> | undefined): string {
	const labels = (values ?? []).map((option) => optionalText('List Options', option.label) ?? '');
	if (!labels.length)
		throw new InputError('List Options', 'a list attribute needs at least one option');
	if (labels.some((label) => !label)) throw new InputError('List Options', 'an option is empty');
	const withComma = labels.find((label) => label.includes(','));
	if (withComma !== undefined)
		throw new InputError(
			'List Options',
			`"${withComma}" has a comma, which Intercom reads as two options`,
		);
	const repeated = labels.find(
		(label, index) => labels.findIndex((l) => l.toLowerCase() === label.toLowerCase()) !== index,
	);
	if (repeated !== undefined) throw new InputError('List Options', `"${repeated}" is given twice`);
	return labels.join(',');
}

/** The visibility and requirement flags of a ticket type attribute, from a collection. */
export function attributeFlags(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	const flags: Array<[string, string, string]> = [
		['requiredToCreate', 'Required to Create', 'required_to_create'],
		[
			'requiredToCreateForContacts',
			'Required to Create for Contacts',
			'required_to_create_for_contacts',
		],
		['visibleOnCreate', 'Visible on Create', 'visible_on_create'],
		['visibleToContacts', 'Visible to Contacts', 'visible_to_contacts'],
	];
	for (const [name, field, key] of flags) {
		const value = optionalBoolean(field, fields[name]);
		if (value !== undefined) body[key] = value;
	}
	return body;
}
