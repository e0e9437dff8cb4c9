import type { IDataObject } from 'n8n-workflow';

import { optionalText, parseJsonObject, readValue, toUnixSeconds } from './input';
import { InputError } from './inputError';
import { asBoolean, asNumber, asText } from './values';

/** A ticket type's attributes, archived ones too (from GET /ticket_types/{id}). */
export function ticketTypeAttributes(ticketType: IDataObject): IDataObject[] {
	const list = ticketType.ticket_type_attributes as IDataObject | IDataObject[] | undefined;
	const data = Array.isArray(list) ? list : ((list?.data as IDataObject[] | undefined) ?? []);
	return data.filter(
		(attribute) => attribute && typeof attribute === 'object' && typeof attribute.name === 'string',
	);
}

/** A ticket type's attributes that are not archived (from GET /ticket_types/{id}). */
export function liveTicketTypeAttributes(ticketType: IDataObject): IDataObject[] {
	return ticketTypeAttributes(ticketType).filter((attribute) => attribute.archived !== true);
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
	const attributes = new Map(
		(ticketType ? liveTicketTypeAttributes(ticketType) : []).map((a) => [String(a.name), a]),
	);
	const out: IDataObject = {};
	for (const pair of pairs ?? []) {
		const name = optionalText('Ticket Attributes › Name', pair.name);
		if (!name) throw new InputError('Ticket Attributes', 'an attribute has no name');
		const label = `Ticket Attributes › ${name}`;
		if (ticketType && !attributes.has(name)) {
			throw new InputError(label, 'is not an attribute of this ticket type');
		}
		const raw = pair.value;
		const attribute = attributes.get(name);
		const dataType = attribute ? String(attribute.data_type ?? 'string') : undefined;
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
			case 'list': {
				const value = raw === undefined ? '' : readValue(label, raw, asText);
				const options = listOptionLabels(attribute!);
				// Intercom takes a list attribute's value as one of its options' labels.
				if (options.length && !options.includes(value)) {
					throw new InputError(
						label,
						`${JSON.stringify(value)} is not one of its options: ${options.map((o) => JSON.stringify(o)).join(', ')}`,
					);
				}
				out[name] = value;
				break;
			}
			default:
				out[name] = raw === undefined ? '' : readValue(label, raw, asText);
		}
	}
	if (json !== undefined && json !== '')
		Object.assign(out, parseJsonObject('Ticket Attributes (JSON)', json));
	return out;
}

/** The option labels of a list attribute (`input_options.list_options`), in Intercom's order. */
export function listOptionLabels(attribute: IDataObject): string[] {
	const inputOptions = attribute.input_options as IDataObject | null | undefined;
	const list = inputOptions?.list_options;
	if (!Array.isArray(list)) return [];
	return list
		.map((option) => (option as IDataObject)?.label)
		.filter((label): label is string => typeof label === 'string');
}

/** Intercom's built-in ticket attributes by the names users see. */
const DEFAULT_ATTRIBUTE_NAMES: Record<string, string> = {
	_default_title_: 'Title',
	_default_description_: 'Description',
};

/** The name to show for a ticket attribute: Title and Description for Intercom's built-in two. */
export function ticketAttributeDisplayName(name: string): string {
	return Object.hasOwn(DEFAULT_ATTRIBUTE_NAMES, name) ? DEFAULT_ATTRIBUTE_NAMES[name] : name;
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

/** A ticket type's states (`ticket_states.data` of GET /ticket_types/{id}). */
export function ticketTypeStates(ticketType: IDataObject): IDataObject[] {
	const list = ticketType.ticket_states as IDataObject | IDataObject[] | undefined;
	const data = Array.isArray(list) ? list : ((list?.data as IDataObject[] | undefined) ?? []);
	return data.filter((state) => state && typeof state === 'object' && state.id !== undefined);
}

/** A ticket state as teammates see it: its internal label, else its category, else its ID. */
export function ticketStateLabel(state: IDataObject): string {
	return String(state.internal_label ?? state.external_label ?? state.category ?? state.id);
}

/**
 * Refuses a state that is not one of the ticket type's (when Intercom listed the type's states),
 * naming the states it has.
 */
export function checkTicketStateOfType(ticketType: IDataObject, stateId: string): void {
	const states = ticketTypeStates(ticketType);
	if (!states.length || states.some((state) => String(state.id) === stateId)) return;
	throw new InputError(
		'Ticket State',
		`"${stateId}" is not a state of the ticket type "${String(ticketType.name ?? ticketType.id)}"; its states are ${states
			.map((state) => `${ticketStateLabel(state)} (${String(state.id)})`)
			.join(', ')}`,
	);
}

/** The IDs of the ticket types a ticket state belongs to (`ticket_types.data`), where Intercom lists them. */
export function ticketStateTypeIds(state: IDataObject): string[] | undefined {
	const list = state.ticket_types as IDataObject | undefined;
	if (!list || !Array.isArray(list.data)) return undefined;
	return (list.data as IDataObject[])
		.filter((type) => type && type.id !== undefined && type.id !== null)
		.map((type) => String(type.id));
}

/** A ticket state with its labels and category, and its ticket types as `ticket_type_ids`. */
export function simplifyTicketState(state: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const key of ['id', 'category', 'internal_label', 'external_label', 'archived']) {
		if (key in state) out[key] = state[key];
	}
	const typeIds = ticketStateTypeIds(state);
	if (typeIds) out.ticket_type_ids = typeIds;
	return out;
}
