import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { apiPath, intercomApiRequest } from '../transport';
import { inputError, optionalText, parseJsonObject, readValue, toUnixSeconds } from './input';
import { asBoolean, asNumber, asText } from './values';

/**
 * Ticket types read in one run of the node, by ID: items creating tickets of one type share a
 * read. The promise is kept, so items running in parallel wait for the same read instead of each
 * starting one; a failed read is forgotten, so a later item tries again.
 */
const ticketTypesRead = new WeakMap<IExecuteFunctions, Map<string, Promise<IDataObject>>>();

/** The ticket type with its attributes (GET /ticket_types/{id}), read once per run of the node. */
export async function ticketTypeOf(ctx: IExecuteFunctions, id: string): Promise<IDataObject> {
	let read = ticketTypesRead.get(ctx);
	if (!read) ticketTypesRead.set(ctx, (read = new Map()));
	let ticketType = read.get(id);
	if (!ticketType) {
		const reads = read;
		ticketType = (async () => await intercomApiRequest.call(ctx, 'GET', apiPath`/ticket_types/${id}`))();
		reads.set(id, ticketType);
		ticketType.catch(() => {
			if (reads.get(id) === ticketType) reads.delete(id);
		});
	}
	return await ticketType;
}

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
 * type, pair values are typed by the attribute's data type; JSON values are sent as given.
 */
export function ticketAttributesFrom(
	ctx: IExecuteFunctions,
	i: number,
	pairs: TicketAttributePair[] | undefined,
	json: unknown,
	ticketType?: IDataObject,
): IDataObject {
	const types = new Map(
		(ticketType ? liveTicketTypeAttributes(ticketType) : []).map((a) => [String(a.name), String(a.data_type ?? 'string')]),
	);
	const out: IDataObject = {};
	for (const pair of pairs ?? []) {
		const name = optionalText(ctx, i, 'Ticket Attributes › Name', pair.name);
		if (!name) throw inputError(ctx, i, 'Ticket Attributes', 'an attribute has no name');
		const label = `Ticket Attributes › ${name}`;
		if (ticketType && !types.has(name)) {
			throw inputError(ctx, i, label, 'is not an attribute of this ticket type');
		}
		const raw = pair.value;
		const dataType = types.get(name);
		switch (dataType) {
			case 'integer':
			case 'decimal':
				out[name] = readValue(ctx, i, label, raw, (v) => asNumber(v, { integer: dataType === 'integer' }));
				break;
			case 'boolean':
				out[name] = readValue(ctx, i, label, raw, asBoolean);
				break;
			case 'datetime':
				out[name] = toUnixSeconds(ctx, i, label, raw);
				break;
			default:
				out[name] = raw === undefined ? '' : readValue(ctx, i, label, raw, asText);
		}
	}
	if (json !== undefined && json !== '') Object.assign(out, parseJsonObject(ctx, i, 'Ticket Attributes (JSON)', json));
	return out;
}

/** Refuses, before the create, a ticket that lacks attributes its type requires. */
export function checkRequiredTicketAttributes(
	ctx: IExecuteFunctions,
	i: number,
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
		throw inputError(
			ctx,
			i,
			'Ticket Attributes',
			`the ticket type "${String(ticketType.name ?? ticketType.id)}" requires ${missing.map((n) => `"${n}"`).join(', ')}`,
		);
	}
}
