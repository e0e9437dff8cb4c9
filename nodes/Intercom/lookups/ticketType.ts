import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { apiPath, intercomApiRequest } from '../transport';

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
		ticketType = (async () =>
			(await intercomApiRequest.call(ctx, 'GET', apiPath`/ticket_types/${id}`)) as IDataObject)();
		reads.set(id, ticketType);
		ticketType.catch(() => {
			if (reads.get(id) === ticketType) reads.delete(id);
		});
	}
	return await ticketType;
}
