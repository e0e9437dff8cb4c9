/**
 * Knowledge routes beyond plain CRUD (the CRUD rows are in resources.ts): the internal article
 * search, tagging internal articles and content snippets, and the knowledge-base search
 * `GET /content/search` over what the workspace holds.
 */
import { notFound } from './errors';
import { numberedPage, route } from './registry';
import type { Json, Store } from './store';
import { tagOr404 } from './crm';

export const INTERNAL_ARTICLES = '/internal_articles';
export const CONTENT_SNIPPETS = '/content_snippets';

/** Page size of the knowledge lists and searches: 50 by default, and at most 50. */
export const KNOWLEDGE_PAGE = { style: 'page', perPage: 50, max: 50 } as const;

function recordOr404(store: Store, table: string, id: string): Json {
	const record = store.table(table).get(id);
	if (!record) throw notFound();
	return record;
}

/** Which tags each record has, kept beside the records (Intercom does not show them on the object). */
const tagsOf = (store: Store, table: string, id: string): string[] => {
	const tags = store.table<{ tagIds: string[] }>(`${table}#tags`);
	let entry = tags.get(id);
	if (!entry) {
		entry = { tagIds: [] };
		tags.set(id, entry);
	}
	return entry.tagIds;
};

function knowledgeTagRoutes(table: string, param: string): void {
	route(`POST ${table}/{${param}}/tags`, ({ store, params, body }) => {
		recordOr404(store, table, params[param]);
		const tag = tagOr404(store, body.id);
		const tagIds = tagsOf(store, table, params[param]);
		if (!tagIds.includes(String(tag.id))) tagIds.push(String(tag.id));
		return {
			type: 'tag',
			id: String(tag.id),
			name: tag.name,
			applied_at: store.now(),
			applied_by: { type: 'admin', id: store.admins[0]?.id ?? null },
		};
	});
	route(`DELETE ${table}/{${param}}/tags/{id}`, ({ store, params }) => {
		recordOr404(store, table, params[param]);
		const tag = tagOr404(store, params.id);
		const tagIds = tagsOf(store, table, params[param]);
		const at = tagIds.indexOf(String(tag.id));
		if (at < 0) throw notFound('Tag not applied', 'not_found');
		tagIds.splice(at, 1);
		return { type: 'tag', id: String(tag.id), name: tag.name, applied_at: null, applied_by: null };
	});
}

knowledgeTagRoutes(INTERNAL_ARTICLES, 'internal_article_id');
knowledgeTagRoutes(CONTENT_SNIPPETS, 'content_snippet_id');

route('GET /internal_articles/search', ({ store, query }) => {
	const items = [...store.table(INTERNAL_ARTICLES).values()].filter(
		(a) => query.folder_id === undefined || String(a.folder_id ?? '') === query.folder_id,
	);
	const page = numberedPage(
		items,
		query,
		KNOWLEDGE_PAGE.perPage,
		KNOWLEDGE_PAGE.max,
		Infinity,
		(a) => ({ ...a }),
		'/internal_articles/search',
	) as { data: Json[]; total_count: number; pages: Json };
	return {
		type: 'list',
		total_count: page.total_count,
		data: { internal_articles: page.data },
		pages: page.pages,
	};
});

/** The tables `GET /content/search` looks in, with each one's content type. */
const SEARCHED: Array<{ table: string; type: string; contentType: string }> = [
	{ table: '/articles', type: 'article', contentType: 'article' },
	{ table: INTERNAL_ARTICLES, type: 'internal_article', contentType: 'internal_article' },
	{ table: CONTENT_SNIPPETS, type: 'content_snippet', contentType: 'snippet' },
];

const list = (value: string | undefined) =>
	value === undefined ? undefined : value.split(',').filter(Boolean);

route('GET /content/search', ({ store, query }) => {
	const words = query.query?.toLowerCase();
	const types = list(query.content_types);
	const states = list(query.states);
	const locales = list(query.locales);
	const found: Json[] = [];
	for (const { table, type, contentType } of SEARCHED) {
		if (types && !types.includes(contentType)) continue;
		for (const record of store.table(table).values()) {
			const text = `${String(record.title ?? '')} ${String(record.body ?? '')} ${String(record.body_markdown ?? '')}`;
			if (words && !text.toLowerCase().includes(words)) continue;
			if (states && !states.includes(String(record.state ?? 'published'))) continue;
			if (locales && !locales.includes(String(record.locale ?? 'en'))) continue;
			found.push({ type, id: String(record.id), title: record.title ?? null });
		}
	}
	return numberedPage(found, query, 10, 50, Infinity, (r) => r, '/content/search');
});
