/**
 * Conversations beyond the inbox's basics: merging one into another (the merged one is closed and
 * linked, the one that remains gets a part saying so), the deleted conversations' IDs (recorded
 * by DELETE /conversations/{id}, newest first, with whether reporting data was kept) and the
 * handling events (recorded in handling.ts).
 */
import { SandboxError, invalid, notFound } from './errors';
import { conversationOr404, renderConversation } from './inbox';
import type { RouteContext } from './registry';
import { numberedPage, route } from './registry';
import { handlingOf } from './handling';
import type { ConversationRecord, Json, Store } from './store';

const DELETED_PATH = '/conversations/deleted';

/** Intercom's page size of GET /conversations/deleted (spec: default 20, at most 60). */
const DELETED_PAGE = 20;
const DELETED_PAGE_MAX = 60;

const mergeFailed = (message: string) => new SandboxError(422, 'merge_failed', message);

// POST /conversations/{id}/merge: the path's conversation (the secondary) into the body's (the primary).
route('POST /conversations/{conversation_id}/merge', ({ store, params, body }) => {
	const secondary = conversationOr404(store, params.conversation_id);
	const into = body.merge_into_conversation_id;
	if (typeof into !== 'number' || !Number.isInteger(into))
		throw invalid(
			'merge_into_conversation_id must be a valid integer conversation ID',
			'merge_into_conversation_id',
		);
	if (String(into) === secondary.id) throw mergeFailed('Cannot merge a conversation into itself');
	const primary = store.conversations.get(String(into));
	if (!primary) throw mergeFailed('Primary conversation not found');
	if (secondary.merged_into_conversation_id)
		throw mergeFailed('Secondary conversation has already been merged');
	const t = store.now();
	const bot = { type: 'bot', id: '991267694', name: 'Operator', email: 'operator@intercom.io' };
	const part = (part_type: string) => ({
		id: store.nextId('number'),
		part_type,
		body: null,
		created_at: t,
		author: bot,
		assigned_to: null,
		redacted: false,
	});
	secondary.merged_into_conversation_id = primary.id;
	secondary.state = 'closed';
	secondary.snoozed_until = null;
	secondary.parts.push(part('merged_secondary_conversation'));
	secondary.updated_at = t;
	primary.parts.push(part('merged_primary_conversation'));
	primary.updated_at = t;
	return renderConversation(store, primary);
});

/** The deleted conversations, newest first as added. */
const deletedOf = (store: Store): Map<string, Json> => store.table(DELETED_PATH);

/** A conversation deleted through the API: its ID stays listed in GET /conversations/deleted. */
export function recordDeletedConversation(
	store: Store,
	c: ConversationRecord,
	{ query }: RouteContext,
): void {
	deletedOf(store).set(c.id, {
		type: 'conversation',
		id: c.id,
		deleted_at: store.now(),
		metrics_retained: query.retain_metrics !== 'false',
	});
	handlingOf(store).delete(c.id);
}

route(`GET ${DELETED_PATH}`, ({ store, query }) => {
	if (query.order !== undefined && query.order !== 'asc' && query.order !== 'desc')
		throw invalid('order must be asc or desc', 'order');
	// Recorded oldest first; Intercom's default order is the most recently deleted first.
	const deleted = [...deletedOf(store).values()];
	if (query.order !== 'asc') deleted.reverse();
	const page = numberedPage(
		deleted,
		query,
		DELETED_PAGE,
		DELETED_PAGE_MAX,
		Infinity,
		(d) => ({ ...d }),
		DELETED_PATH,
	);
	return {
		type: 'conversations.list',
		conversations: page.data,
		total_count: page.total_count,
		pages: page.pages,
	};
});

route('GET /conversations/{conversation_id}/handling_events', ({ store, params }) => {
	if (!store.conversations.has(params.conversation_id)) throw notFound('Conversation not found');
	return {
		handling_events: [
			...((handlingOf(store).get(params.conversation_id)?.events as Json[] | undefined) ?? []),
		],
	};
});
