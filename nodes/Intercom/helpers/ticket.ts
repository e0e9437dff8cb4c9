import type { IDataObject } from 'n8n-workflow';

import { optionalText, parseJsonObject, readValue, toUnixSeconds } from './input';
import { InputError } from './inputError';
import { asBoolean, asNumber, asText } from './values';

/** A ticket type's attributes that are not archived (from GET /ticket_types/{id}). */
export function liveTicketTypeAttributes(ticketType: IDataObject): IDataObject[] {
	const list = ticketType.ticket_type_attributes as IDataObject | IDataObject[] | undefined;
	const data = Array.isArray(list) ? list : ((list?.data as IDataObject[] | undefined) ?? []);
	return data.filter((attribute) => attribute.archived !== true && typeof attribute.name === 'string');
}

export interface TicketAttributePair {
	name?: unknown;
	value?: unknown;
}

/**
 * Ticket attributes from name/value pairs and JSON (JSON wins on the same name). With the ticket
 * type, pair values are typed by the attribute's data type (datetimes read in `timeZone`); JSON
 * values are sent as given.
 */
export function ticketAttributesFrom(
	pairs: TicketAttributePair[] | undefined,
	json: unknown,
	timeZone: string,
	ticketType?: IDataObject,
): IDataObject {
	const types = new Map(
		(ticketType ? liveTicketTypeAttributes(ticketType) : []).map((a) => [String(a.name), String(a.data_type ?? 'string')]),
	);
	const out: IDataObject = {};
	for (const pair of pairs ?? []) {
		const name = optionalText('Ticket Attributes › Name', pair.name);
		if (!name) throw new InputError('Ticket Attributes', 'an attribute has no name');
		const label = `Ticket Attributes › ${name}`;
		if (ticketType && !types.has(name)) {
			throw new InputError(label, 'is not an attribute of this ticket type');
		}
		const raw = pair.value;
		const dataType = types.get(name);
		switch (dataType) {
			case 'integer':
			case 'decimal':
				out[name] = readValue(label, raw, (v) => asNumber(v, { integer: dataType === 'integer' }));
				break;
			case 'boolean':
				out[name] = readValue(label, raw, asBoolean);
				break;
			case 'datetime':
				out[name] = toUnixSeconds(label, raw, timeZone);
				break;
			default:
				out[name] = raw === undefined ? '' : readValue(label, raw, asText);
		}
	}
	if (json !== undefined && json !== '') Object.assign(out, parseJsonObject('Ticket Attributes (JSON)', json));
	return out;
}

/** Refuses, before the create, a ticket that lacks attributes its type requires. */
export function checkRequiredTicketAttributes(
	ticketType: IDataObject,
	attributes: IDataObject,
): void {
	const missing = liveTicketTypeAttributes(ticketType)
		.filter((a) => a.required_to_create === true)
		.map((a) => String(a.name))
		.filter((name) => {
			const value = attributes[name];
			return value === undefined || value === null || (typeof value === 'string' && !value.trim());
		});
	if (missing.length) {
		throw new InputError(
			'Ticket Attributes',
			`the ticket type "${String(ticketType.name ?? ticketType.id)}" requires ${missing.map((n) => `"${n}"`).join(', ')}`,
		);
	}
}
