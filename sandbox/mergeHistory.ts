/**
 * A contact's merge history: POST /contacts/merge (crm.ts) records each lead merged into a user;
 * GET /contacts/{id}/merge_history lists them, newest first unless `order=asc`, in pages with the
 * next cursor at the top (`next_cursor`, `has_more`). A lead or an unknown contact is a 404.
 */
import { invalid, notFound } from './errors';
import { cursorOf, offsetOf, perPageOf, route } from './registry';
import type { ContactRecord, Json, Store } from './store';

const MERGE_HISTORY_PATH = '/contacts/merge_history';

/** Spec: per_page default 50, at most 150. */
const PAGE = 50;
const PAGE_MAX = 150;

/** The merges into each user, oldest first, by the user's id. */
const historyOf = (store: Store): Map<string, Json> => store.table(MERGE_HISTORY_PATH);

/** `lead` was merged into `user` just now. */
export function recordMerge(store: Store, lead: ContactRecord, user: ContactRecord): void {
	const entries = (historyOf(store).get(user.id)?.entries as Json[] | undefined) ?? [];
	entries.push({
		type: 'merge_history',
		source_contact_id: lead.id,
		source_contact_role: lead.role,
		merged_at: store.now(),
	});
	historyOf(store).set(user.id, { entries });
}

route('GET /contacts/{contact_id}/merge_history', ({ store, params, query }) => {
	const contact = store.contact(params.contact_id);
	if (!contact || contact.role !== 'user') throw notFound('Contact not found');
	if (query.order !== undefined && query.order !== 'asc' && query.order !== 'desc')
		throw invalid('order must be asc or desc', 'order');
	const entries = [...((historyOf(store).get(contact.id)?.entries as Json[] | undefined) ?? [])];
	if (query.order !== 'asc') entries.reverse();
	const perPage = perPageOf(query.per_page, PAGE, PAGE_MAX);
	const offset = query.cursor === undefined ? 0 : offsetOf(query.cursor);
	const data = entries.slice(offset, offset + perPage);
	const more = offset + perPage < entries.length;
	return {
		type: 'list',
		data,
		has_more: more,
		...(more ? { next_cursor: cursorOf(offset + perPage) } : {}),
	};
});
