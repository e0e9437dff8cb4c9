/**
 * News (news items, newsfeeds) and macros where Intercom does more than store: a news item's
 * sender must be a teammate and its newsfeeds must exist; new items start as drafts with
 * Intercom's defaults; newsfeeds and macros are built in (the API cannot create them); a
 * newsfeed's items are the live news items assigned to it; macros list most recently updated
 * first, optionally only those updated since a moment. The plain routes are rows in resources.ts
 * that use these hooks.
 */
import { invalid, notFound } from './errors';
import type { RouteContext } from './registry';
import { numberedPage, route } from './registry';
import type { Json, Store } from './store';
import { WORKSPACE_ID } from './store';

/** Where the news items live (the generic table of their collection path). */
export const NEWS_ITEMS_PATH = '/news/news_items';

const NEWSFEEDS_PATH = '/news/newsfeeds';

/** Intercom's page size for a newsfeed's live items (2.17 reference: per_page at most 20). */
const NEWSFEED_ITEMS_PAGE = 20;

/**
 * The workspace's newsfeeds, built in: made on first use after a reset (the API cannot create or
 * delete newsfeeds, so an empty table is a fresh workspace).
 */
export function newsfeedsOf(store: Store): Map<string, Json> {
	const table = store.table(NEWSFEEDS_PATH);
	if (!table.size) {
		const at = store.now();
		for (const [id, name] of [
			['53', 'Visitor Feed'],
			['54', 'Customer Feed'],
		]) {
			table.set(id, { type: 'newsfeed', id, name, created_at: at, updated_at: at });
		}
	}
	return table;
}

export const newsItemsOf = (store: Store): Map<string, Json> => store.table(NEWS_ITEMS_PATH);

/** Checks what a news item body says about its sender and newsfeeds. */
function checkNewsItem(store: Store, body: Json): void {
	if (body.sender_id !== undefined && !store.admin(body.sender_id))
		throw invalid('Sender must be a teammate on the workspace', 'sender_id');
	const assignments = (body.newsfeed_assignments as Json[] | undefined) ?? [];
	for (const assignment of assignments) {
		if (!newsfeedsOf(store).has(String(assignment.newsfeed_id)))
			throw invalid(`Newsfeed ${String(assignment.newsfeed_id)} not found`, 'newsfeed_id');
	}
}

/** A live item's assignments get a publish date (now) where none was given. */
function publishAssignments(store: Store, item: Json): void {
	if (item.state !== 'live') return;
	item.newsfeed_assignments = (item.newsfeed_assignments as Json[]).map((a) => ({
		newsfeed_id: a.newsfeed_id,
		published_at: a.published_at ?? store.now(),
	}));
}

/** POST /news/news_items: a draft unless said otherwise, with Intercom's defaults. */
export function createNewsItem({ store, body }: RouteContext): Json {
	if (!body.title) throw invalid('title is required', 'title');
	if (body.sender_id === undefined) throw invalid('sender_id is required', 'sender_id');
	checkNewsItem(store, body);
	const at = store.now();
	const item: Json = {
		type: 'news-item',
		id: store.nextId('number'),
		workspace_id: WORKSPACE_ID,
		title: body.title,
		body: body.body ?? '',
		sender_id: body.sender_id,
		state: body.state ?? 'draft',
		labels: body.labels ?? [],
		cover_image_url: null,
		reactions: body.reactions ?? [],
		deliver_silently: body.deliver_silently ?? false,
		created_at: at,
		updated_at: at,
		newsfeed_assignments: body.newsfeed_assignments ?? [],
	};
	publishAssignments(store, item);
	return item;
}

const WRITABLE = [
	'title',
	'body',
	'sender_id',
	'state',
	'labels',
	'reactions',
	'deliver_silently',
	'newsfeed_assignments',
];

/** PUT /news/news_items/{id}: the fields sent replace the item's. */
export function updateNewsItem({ store, body }: RouteContext, item: Json): void {
	checkNewsItem(store, body);
	for (const key of WRITABLE) if (body[key] !== undefined) item[key] = body[key];
	publishAssignments(store, item);
	item.updated_at = store.now();
}

// GET /news/newsfeeds/{newsfeed_id}/items: the live news items on that newsfeed, most recently
// published first.
route('GET /news/newsfeeds/{newsfeed_id}/items', ({ store, params, query }) => {
	const id = params.newsfeed_id;
	if (!newsfeedsOf(store).has(id)) throw notFound();
	const publishedOn = (item: Json) =>
		(item.newsfeed_assignments as Json[]).find((a) => String(a.newsfeed_id) === id);
	const items = [...newsItemsOf(store).values()]
		.filter((item) => item.state === 'live' && publishedOn(item))
		.sort(
			(a, b) =>
				Number(publishedOn(b)!.published_at ?? 0) - Number(publishedOn(a)!.published_at ?? 0),
		);
	return numberedPage(
		items,
		query,
		NEWSFEED_ITEMS_PAGE,
		NEWSFEED_ITEMS_PAGE,
		Infinity,
		(item) => ({ ...item }),
		`/news/newsfeeds/${id}/items`,
	);
});

// ------------------------------------------------------------------------------------------
// Macros (saved replies): built in, read only.

const MACROS_PATH = '/macros';

/** A macro as Intercom shows it; `n` makes its id, name and (older with n) update time. */
export function sandboxMacro(n: number, extra: Json = {}): Json {
	const updated = new Date(Date.UTC(2025, 6, 20) - n * 3_600_000).toISOString();
	return {
		type: 'macro',
		id: String(n),
		name: `Macro ${n}`,
		body: `<p>Reply ${n}</p>`,
		body_text: `Reply ${n}`,
		created_at: updated,
		updated_at: updated,
		visible_to: 'everyone',
		visible_to_team_ids: [],
		available_on: ['inbox', 'messenger'],
		...extra,
	};
}

/** The workspace's macros, built in on first use after a reset (the API cannot create any). */
export function macrosOf(store: Store): Map<string, Json> {
	const table = store.table(MACROS_PATH);
	if (!table.size) {
		for (const macro of [
			sandboxMacro(1, { name: 'Thank You Response' }),
			sandboxMacro(2, {
				name: 'Refund Process',
				visible_to: 'specific_teams',
				visible_to_team_ids: ['814'],
			}),
			sandboxMacro(3, { name: 'Welcome Message', available_on: ['inbox'] }),
		]) {
			table.set(String(macro.id), macro);
		}
	}
	return table;
}

/** `updated_since` (Unix seconds): only macros updated after it. */
export function macroListed({ query }: RouteContext, macro: Json): boolean {
	if (query.updated_since === undefined) return true;
	const since = Number(query.updated_since);
	if (!Number.isInteger(since) || since < 0)
		throw invalid('Invalid updated_since timestamp', 'updated_since');
	return Date.parse(String(macro.updated_at)) / 1000 > since;
}

/** Most recently updated first, as Intercom lists macros. */
export const macrosNewestFirst = (a: Json, b: Json): number =>
	Date.parse(String(b.updated_at)) - Date.parse(String(a.updated_at)) ||
	Number(b.id) - Number(a.id);
