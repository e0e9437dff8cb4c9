/**
 * Help center articles, where Intercom does more than store: the rules of create and update (the
 * resources.ts row hooks these in), search, staged drafts and their publishing, tags, and the
 * version history every change adds to. Articles live in the Store's generic table for
 * `/articles`; a record keeps its draft, versions and tag IDs beside the fields Intercom shows.
 */
import { SandboxError, invalid, notFound, unprocessable } from './errors';
import type { RouteContext } from './registry';
import { numberedPage, perPageOf, route } from './registry';
import type { Json, Store } from './store';
import { WORKSPACE_ID } from './store';
import { tagOr404 } from './crm';
import { HELP_CENTER_LOCALES as ARTICLE_LOCALES, recentlyUpdatedFirst } from './helpCenter';

/** The help center's default locale. */
const DEFAULT_LOCALE = 'en';

const CONTENT_FIELDS = ['title', 'description', 'body', 'author_id'] as const;

/** What a version or a draft holds: the versioned content. */
interface ArticleContent extends Json {
	title: string;
	description: string | null;
	body: string | null;
	author_id: number;
	translated_content: Record<string, Json>;
}

export interface ArticleVersion extends Json {
	id: string;
	from_version_id: string | null;
	content: ArticleContent;
	created_via: string;
	created_at: number;
}

export interface ArticleRecord extends ArticleContent {
	id: string;
	state: 'published' | 'draft';
	parent_id: number | null;
	parent_type: string | null;
	created_at: number;
	updated_at: number;
	/** Whether the article was ever published (a draft can only be staged on one that was). */
	published_once: boolean;
	/** Staged changes to a published article, or null. */
	draft: ArticleContent | null;
	draft_updated_at: number | null;
	versions: ArticleVersion[];
	/** The version that is live while the article is published. */
	live_version_id: string | null;
	tag_ids: string[];
}

export const articles = (store: Store) => store.table<ArticleRecord>('/articles');

function articleOr404(store: Store, id: string, code = 'not_found'): ArticleRecord {
	const article = articles(store).get(id);
	if (!article)
		throw notFound(code === 'not_found' ? 'Resource Not Found' : 'Article not found', code);
	return article;
}

const urlOf = (a: ArticleRecord) =>
	`https://intercom.help/${WORKSPACE_ID}/en/articles/${a.id}-${a.title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')}`;

function checkAuthor(store: Store, authorId: unknown, field = 'author_id'): void {
	if (!store.admin(authorId)) throw invalid(`${field} must be a teammate of the workspace`, field);
}

function checkState(state: unknown): void {
	if (state !== undefined && state !== 'published' && state !== 'draft')
		throw invalid('state must be published or draft', 'state');
}

/** translated_content of a request, checked: known locales, teammate authors, valid states. */
function translationsOf(store: Store, value: unknown, withState: boolean): Record<string, Json> {
	if (value === undefined || value === null) return {};
	if (typeof value !== 'object' || Array.isArray(value))
		throw invalid('translated_content must be an object', 'translated_content');
	const out: Record<string, Json> = {};
	for (const [locale, content] of Object.entries(value as Json)) {
		if (locale === 'type') continue;
		if (!ARTICLE_LOCALES.includes(locale))
			throw invalid(`Unknown locale ${locale}`, 'translated_content');
		if (!content || typeof content !== 'object')
			throw invalid(`translated_content.${locale} must be an object`, 'translated_content');
		const c = content as Json;
		if (c.author_id !== undefined) checkAuthor(store, c.author_id, `${locale}.author_id`);
		if (withState) checkState(c.state);
		const kept: Json = {};
		for (const key of [...CONTENT_FIELDS, ...(withState ? ['state'] : [])])
			if (c[key] !== undefined) kept[key] = c[key];
		out[locale] = kept;
	}
	return out;
}

/** Merges per-locale changes into translations (a locale's fields change, the others stay). */
function mergeTranslations(
	into: Record<string, Json>,
	changes: Record<string, Json>,
): Record<string, Json> {
	const out: Record<string, Json> = {};
	for (const [locale, content] of Object.entries(into)) out[locale] = { ...content };
	for (const [locale, content] of Object.entries(changes))
		out[locale] = { ...(out[locale] ?? {}), ...content };
	return out;
}

const contentOf = (a: ArticleContent): ArticleContent => ({
	title: a.title,
	description: a.description,
	body: a.body,
	author_id: a.author_id,
	translated_content: mergeTranslations(a.translated_content, {}),
});

/** Records the article's current content as a new version (the live one if it is published). */
function addVersion(store: Store, a: ArticleRecord, via = 'api'): void {
	const previous = a.versions[a.versions.length - 1];
	const version: ArticleVersion = {
		id: store.nextId('number'),
		from_version_id: previous?.id ?? null,
		content: contentOf(a),
		created_via: via,
		created_at: store.now(),
	};
	a.versions.push(version);
	if (a.state === 'published') a.live_version_id = version.id;
}

function renderTranslations(
	translations: Record<string, Json>,
	a: ArticleRecord,
): Json | undefined {
	const locales = Object.keys(translations);
	if (!locales.length) return undefined;
	const out: Json = { type: 'article_translated_content' };
	for (const locale of locales) {
		out[locale] = {
			type: 'article_content',
			state: a.state,
			author_id: a.author_id,
			...translations[locale],
			created_at: a.created_at,
			updated_at: a.updated_at,
			url: `${urlOf(a).replace('/en/', `/${locale.toLowerCase()}/`)}`,
		};
	}
	return out;
}

/** The article as `GET /articles/{id}` shows it (lists leave out the statistics); `content` swaps in a draft. */
export function renderArticle(
	store: Store,
	a: ArticleRecord,
	options: { statistics?: boolean; content?: ArticleContent } = {},
): Json {
	const content = options.content ?? a;
	const translated = renderTranslations(content.translated_content, a);
	const tags = a.tag_ids
		.map((id) => store.tags.get(id))
		.filter((t) => t !== undefined)
		.map((t) => ({ type: 'tag', id: t.id, name: t.name }));
	return {
		type: 'article',
		id: a.id,
		workspace_id: WORKSPACE_ID,
		parent_id: a.parent_id,
		parent_type: a.parent_type,
		parent_ids: a.parent_id === null ? [] : [a.parent_id],
		...(options.statistics
			? {
					statistics: {
						type: 'article_statistics',
						views: 0,
						conversations: 0,
						reactions: 0,
						happy_reaction_percentage: 0,
						neutral_reaction_percentage: 0,
						sad_reaction_percentage: 0,
					},
				}
			: {}),
		tags: { type: 'tag.list', tags },
		title: content.title,
		description: content.description,
		body: content.body,
		author_id: content.author_id,
		state: a.state,
		created_at: a.created_at,
		updated_at: a.updated_at,
		has_unpublished_changes: a.draft !== null,
		draft_updated_at: a.draft_updated_at,
		url: a.state === 'published' ? urlOf(a) : null,
		...(translated ? { default_locale: DEFAULT_LOCALE, translated_content: translated } : {}),
	};
}

export const renderFullArticle = (store: Store, a: ArticleRecord) =>
	renderArticle(store, a, { statistics: true });

/** Lists show the most recently updated articles first. */
function parentOf(body: Json): { parent_id: number | null; parent_type: string | null } {
	if (body.parent_id === undefined || body.parent_id === null)
		return { parent_id: null, parent_type: null };
	if (!/^\d+$/.test(String(body.parent_id)))
		throw invalid('parent_id must be a collection or section ID', 'parent_id');
	const type = body.parent_type ?? 'collection';
	if (type !== 'collection' && type !== 'section')
		throw invalid('parent_type must be collection or section', 'parent_type');
	return { parent_id: Number(body.parent_id), parent_type: String(type) };
}

/** `POST /articles`: a title and a teammate author (in the body or the default locale's content). */
export function createArticle({ store, body }: RouteContext): ArticleRecord {
	const translations = translationsOf(store, body.translated_content, true);
	const main = translations[DEFAULT_LOCALE] ?? {};
	const title = body.title ?? main.title;
	const authorId = body.author_id ?? main.author_id;
	if (title === undefined || title === null || String(title).trim() === '')
		throw new SandboxError(400, 'parameter_not_found', 'title is a required parameter', 'title');
	if (authorId === undefined || authorId === null)
		throw new SandboxError(
			400,
			'parameter_not_found',
			'author_id must be in the main body or default locale translated_content object',
			'author_id',
		);
	checkAuthor(store, authorId);
	checkState(body.state);
	const t = store.now();
	const state = (body.state as 'published' | 'draft' | undefined) ?? 'draft';
	delete translations[DEFAULT_LOCALE];
	const article: ArticleRecord = {
		id: store.nextId('number'),
		title: String(title),
		description: (body.description as string | undefined) ?? (main.description as string) ?? '',
		body: (body.body as string | undefined) ?? (main.body as string) ?? '',
		author_id: Number(authorId),
		state,
		...parentOf(body),
		translated_content: translations,
		created_at: t,
		updated_at: t,
		published_once: state === 'published',
		draft: null,
		draft_updated_at: null,
		versions: [],
		live_version_id: null,
		tag_ids: [],
	};
	addVersion(store, article);
	return article;
}

/** `PUT /articles/{id}`: the fields sent change; a change to a published article goes live. */
export function updateArticle({ store, body }: RouteContext, a: ArticleRecord): void {
	if (body.author_id !== undefined) checkAuthor(store, body.author_id);
	checkState(body.state);
	const translations = translationsOf(store, body.translated_content, true);
	for (const key of CONTENT_FIELDS) {
		if (body[key] === undefined) continue;
		(a as Json)[key] = key === 'author_id' ? Number(body[key]) : body[key];
	}
	if (body.state !== undefined) {
		a.state = body.state as 'published' | 'draft';
		if (a.state === 'published') a.published_once = true;
	}
	if (body.parent_id !== undefined) Object.assign(a, parentOf(body));
	a.translated_content = mergeTranslations(a.translated_content, translations);
	a.updated_at = store.now();
	addVersion(store, a);
}

// ------------------------------------------------------------------------------------------
// Search

const SEARCH_STATES = ['published', 'draft', 'all'];
const SEARCH_PAGE = 10;
const SEARCH_PAGE_MAX = 50;

const plainText = (html: unknown) =>
	String(html ?? '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** A text split into plain and highlighted chunks around each match of `phrase`. */
function highlighted(text: string, phrase: string): Json[] {
	if (!phrase) return [{ type: 'plain', text }];
	const chunks: Json[] = [];
	const lower = text.toLowerCase();
	const needle = phrase.toLowerCase();
	let from = 0;
	for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
		if (at > from) chunks.push({ type: 'plain', text: text.slice(from, at) });
		chunks.push({ type: 'highlight', text: text.slice(at, at + needle.length) });
		from = at + needle.length;
	}
	if (from < text.length) chunks.push({ type: 'plain', text: text.slice(from) });
	return chunks;
}

route('GET /articles/search', ({ store, query }) => {
	const state = query.state ?? 'all';
	if (!SEARCH_STATES.includes(state))
		throw invalid('state must be one of published, draft or all', 'state');
	if (query.help_center_id !== undefined && !/^\d+$/.test(query.help_center_id))
		throw invalid('help_center_id must be an integer', 'help_center_id');
	const phrase = (query.phrase ?? '').trim();
	const found = [...articles(store).values()]
		.filter((a) => state === 'all' || a.state === state)
		.filter(
			(a) =>
				!phrase ||
				[a.title, a.description, plainText(a.body)].some((text) =>
					String(text ?? '')
						.toLowerCase()
						.includes(phrase.toLowerCase()),
				),
		)
		.sort(recentlyUpdatedFirst);
	const perPage = perPageOf(query.per_page, SEARCH_PAGE, SEARCH_PAGE_MAX);
	const page = query.page === undefined ? 1 : Number(query.page);
	if (!Number.isInteger(page) || page < 1) throw invalid('page must be a positive integer', 'page');
	const onPage = found.slice((page - 1) * perPage, page * perPage);
	const totalPages = Math.max(1, Math.ceil(found.length / perPage));
	// Intercom's next page is a link repeating the search's query with page and per_page.
	const next = new URLSearchParams({ ...query, per_page: String(perPage), page: String(page + 1) });
	return {
		type: 'list',
		total_count: found.length,
		data: {
			articles: onPage.map((a) => renderArticle(store, a)),
			highlights:
				query.highlight === 'true'
					? onPage.map((a) => ({
							article_id: a.id,
							highlighted_title: highlighted(a.title, phrase),
							highlighted_summary: [highlighted(plainText(a.description ?? a.body), phrase)],
						}))
					: [],
		},
		pages: {
			type: 'pages',
			page,
			per_page: perPage,
			total_pages: totalPages,
			...(page < totalPages ? { next: `/articles/search?${next.toString()}` } : {}),
		},
	};
});

// ------------------------------------------------------------------------------------------
// Drafts

/** The locales a draft has changes for: the default one, and each translation it changes. */
function draftLocales(a: ArticleRecord): string[] {
	if (!a.draft) return [];
	const changed = Object.keys(a.draft.translated_content).filter(
		(locale) =>
			JSON.stringify(a.draft!.translated_content[locale]) !==
			JSON.stringify(a.translated_content[locale]),
	);
	return [DEFAULT_LOCALE, ...changed];
}

route('GET /articles/{id}/draft', ({ store, params }) => {
	const a = articleOr404(store, params.id);
	if (!a.draft) throw notFound();
	return renderArticle(store, a, { content: a.draft });
});

route('PUT /articles/{id}/draft', ({ store, params, body }) => {
	const a = articleOr404(store, params.id);
	if (!a.published_once)
		throw unprocessable('Article must be published before a draft can be staged');
	if (body.author_id !== undefined) checkAuthor(store, body.author_id);
	// Only versioned text is staged: state, parent and AI availability are ignored.
	const translations = translationsOf(store, body.translated_content, false);
	const draft = contentOf(a.draft ?? a);
	for (const key of CONTENT_FIELDS) {
		if (body[key] === undefined) continue;
		(draft as Json)[key] = key === 'author_id' ? Number(body[key]) : body[key];
	}
	draft.translated_content = mergeTranslations(draft.translated_content, translations);
	a.draft = draft;
	a.draft_updated_at = store.now();
	return renderArticle(store, a, { content: draft });
});

route('POST /articles/{id}/draft/publish', ({ store, params, body }) => {
	const a = articleOr404(store, params.id);
	if (!a.draft) throw unprocessable('Article has no draft to publish');
	if (body.locales !== undefined) {
		if (!Array.isArray(body.locales)) throw invalid('locales must be an array', 'locales');
		const pending = draftLocales(a);
		const without = (body.locales as unknown[]).map(String).filter((l) => !pending.includes(l));
		if (without.length)
			throw unprocessable(
				`Cannot publish a draft for locale(s) without pending changes: ${without.join(', ')}`,
				'locales',
			);
	}
	Object.assign(a, contentOf(a.draft));
	a.draft = null;
	a.draft_updated_at = null;
	a.state = 'published';
	a.updated_at = store.now();
	addVersion(store, a);
	return renderArticle(store, a);
});

// ------------------------------------------------------------------------------------------
// Tags

route('POST /articles/{article_id}/tags', ({ store, params, body }) => {
	const a = articleOr404(store, params.article_id, 'article_not_found');
	if (body.id === undefined || body.id === null) throw invalid('id is required', 'id');
	const tag = tagOr404(store, body.id);
	if (body.admin_id !== undefined && body.admin_id !== null)
		checkAuthor(store, body.admin_id, 'admin_id');
	if (!a.tag_ids.includes(String(tag.id))) a.tag_ids.push(String(tag.id));
	return {
		type: 'tag',
		id: tag.id,
		name: tag.name,
		applied_at: store.now(),
		applied_by: { type: 'admin', id: String(body.admin_id ?? store.admins[0].id) },
	};
});

route('DELETE /articles/{article_id}/tags/{id}', ({ store, params }) => {
	const a = articleOr404(store, params.article_id, 'article_not_found');
	const tag = tagOr404(store, params.id);
	a.tag_ids = a.tag_ids.filter((id) => id !== String(tag.id));
	return { type: 'tag', id: tag.id, name: tag.name, applied_at: null, applied_by: null };
});

// ------------------------------------------------------------------------------------------
// Versions

const VERSION_PAGE = 25;
const VERSION_PAGE_MAX = 150;

/** A version's content for a locale (the default one, or a translation the version has). */
function versionContent(version: ArticleVersion, locale: string | undefined): Json | undefined {
	if (!locale || locale === DEFAULT_LOCALE) return version.content;
	return version.content.translated_content[locale];
}

function checkLocale(locale: string | undefined): void {
	if (locale !== undefined && !ARTICLE_LOCALES.includes(locale))
		throw invalid('Unknown locale', 'locale');
}

function renderVersion(a: ArticleRecord, version: ArticleVersion, content: Json, full: boolean) {
	return {
		type: 'article_version',
		id: version.id,
		article_id: a.id,
		title: content.title ?? version.content.title,
		description: content.description ?? null,
		...(full ? { body: content.body ?? null } : {}),
		author_id: String(content.author_id ?? version.content.author_id),
		created_by_id: String(version.content.author_id),
		created_via: version.created_via,
		from_version_id: version.from_version_id,
		state: a.state === 'published' && a.live_version_id === version.id ? 'published' : 'draft',
		created_at: version.created_at,
		...(full ? { updated_at: version.created_at } : {}),
	};
}

route('GET /articles/{article_id}/versions', ({ store, params, query }) => {
	const a = articleOr404(store, params.article_id);
	checkLocale(query.locale);
	const versions = [...a.versions]
		.reverse()
		.map((version) => ({ version, content: versionContent(version, query.locale) }))
		.filter((v) => v.content !== undefined);
	return numberedPage(
		versions,
		query,
		VERSION_PAGE,
		VERSION_PAGE_MAX,
		Infinity,
		({ version, content }) => renderVersion(a, version, content!, false),
		`/articles/${a.id}/versions`,
	);
});

route('GET /articles/{article_id}/versions/{id}', ({ store, params, query }) => {
	const a = articleOr404(store, params.article_id);
	checkLocale(query.locale);
	const version = a.versions.find((v) => v.id === params.id);
	const content = version && versionContent(version, query.locale);
	if (!version || !content) throw notFound();
	return renderVersion(a, version, content, true);
});
