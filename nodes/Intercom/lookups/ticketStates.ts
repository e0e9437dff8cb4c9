import type { IDataObject } from 'n8n-workflow';

import type { IntercomContext } from '../transport';
import { listUnpaged } from '../transport';

/**
 * The workspace's ticket states (GET /ticket_states: the whole list in one answer), each with the
 * ticket types it belongs to where Intercom lists them: read by the ticket state dropdowns and by
 * Ticket State → Get Many.
 */
export async function workspaceTicketStates(ctx: IntercomContext): Promise<IDataObject[]> {
	return await listUnpaged.call(ctx, { path: '/ticket_states', itemsKeys: ['data'] });
}
