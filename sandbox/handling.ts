/**
 * Handling events: a teammate pausing or resuming the handling of a conversation. The API cannot
 * make them; here an admin switching away mode on (`paused`, reason Away) or off (`resumed`) adds
 * one to each open conversation assigned to them. Read by GET /conversations/{id}/handling_events
 * (conversations.ts). No route here: crm.ts calls recordHandling without importing the inbox.
 */
import type { Admin, Json, Store } from './store';

const HANDLING_PATH = '/conversations/handling_events';

/** Each conversation's handling events, oldest first. */
export const handlingOf = (store: Store): Map<string, Json> => store.table(HANDLING_PATH);

/**
 * An admin switched away mode on (`paused`, reason Away) or off (`resumed`): an event on each open
 * conversation assigned to them.
 */
export function recordHandling(store: Store, admin: Admin, paused: boolean): void {
	const timestamp = new Date(store.now() * 1000).toISOString().replace('.000Z', 'Z');
	for (const c of store.conversations.values()) {
		if (c.state !== 'open' || String(c.admin_assignee_id) !== admin.id) continue;
		const events = (handlingOf(store).get(c.id)?.events as Json[] | undefined) ?? [];
		events.push({
			type: paused ? 'paused' : 'resumed',
			...(paused ? { reason: 'Away' } : {}),
			timestamp,
			teammate: { type: 'admin', id: Number(admin.id), name: admin.name, email: admin.email },
		});
		handlingOf(store).set(c.id, { events });
	}
}
