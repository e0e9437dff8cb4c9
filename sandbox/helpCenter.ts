/**
 * The Help Center's rules, for the rows of resources.ts: help centers (built in, read only),
 * collections and redirects.
 */
import { SandboxError, invalid, notFound } from './errors';
import type { RouteContext } from './registry';
import type { Json, Store } from './store';
import { WORKSPACE_ID } from './store';

export const HELP_CENTERS_PATH = '/help_center/help_centers';
export const COLLECTIONS_PATH = '/help_center/collections';

/** The workspace's help centers: Intercom has no API to make them, so two are built in. */
function builtInHelpCenters(): Json[] {
	const helpCenter = (
		id: string,
		identifier: string,
		display_name: string,
		isDefault: boolean,
	) => ({
		id,
		workspace_id: WORKSPACE_ID,
		created_at: 1700000000,
		updated_at: 1700000000,
		identifier,
		website_turned_on: true,
		display_name,
		url: `https://help.sandbox.example/${identifier}`,
		custom_domain: null,
		default: isDefault,
		locales: isDefault ? ['en', 'fr'] : ['en'],
	});
	return [
		helpCenter('81', 'sandbox', 'Sandbox Help Center', true),
		helpCenter('82', 'partners', 'Partner Help Center', false),
	];
}

/**
 * The help centers, in the Store's generic table of their path: filled with the built-in ones
 * whenever it is empty (after a reset), since no route adds or removes any.
 */
export function helpCenters(store: Store): Map<string, Json> {
	const table = store.table(HELP_CENTERS_PATH);
	if (table.size === 0) for (const h of builtInHelpCenters()) table.set(String(h.id), h);
	return table;
}

export function helpCenterOr404(store: Store, id: unknown): Json {
	const helpCenter = helpCenters(store).get(String(id));
	if (!helpCenter) throw notFound();
	return helpCenter;
}

const defaultHelpCenter = (store: Store): Json =>
	[...helpCenters(store).values()].find((h) => h.default === true)!;

/** The locales of Help Center content: the keys of article_translated_content (2.16). */
export const HELP_CENTER_LOCALES = [
	'ar',
	'bg',
	'bs',
	'ca',
	'cs',
	'da',
	'de',
	'el',
	'en',
	'es',
	'et',
	'fi',
	'fr',
	'he',
	'hr',
	'hu',
	'id',
	'it',
	'ja',
	'ko',
	'lt',
	'lv',
	'mn',
	'nb',
	'nl',
	'pl',
	'pt',
	'ro',
	'ru',
	'sl',
	'sr',
	'sv',
	'tr',
	'vi',
	'pt-BR',
	'zh-CN',
	'zh-TW',
];

/** Most recently updated first, as Intercom lists articles, collections and redirects (newest id on a tie). */
export function recentlyUpdatedFirst(a: Json, b: Json): number {
	return Number(b.updated_at) - Number(a.updated_at) || Number(b.id) - Number(a.id);
}

// ------------------------------------------------------------------------------------------
// Collections

export const collections = (store: Store): Map<string, Json> => store.table(COLLECTIONS_PATH);

const slug = (name: string) =>
	name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** A parent collection named in a body: it must exist, in the same help center. */
function checkParent(store: Store, parentId: unknown, helpCenterId: unknown, selfId?: string) {
	if (parentId === undefined || parentId === null) return;
	const parent = collections(store).get(String(parentId));
	if (!parent || String(parent.help_center_id) !== String(helpCenterId))
		throw notFound('Parent collection not found');
	// No cycles: the parent may not be the collection itself or one of its descendants.
	for (let at: Json | undefined = parent; at; ) {
		if (selfId !== undefined && String(at.id) === selfId)
			throw invalid('A collection cannot be nested in itself', 'parent_id');
		at = at.parent_id ? collections(store).get(String(at.parent_id)) : undefined;
	}
}

/** Translations as Intercom keeps them: each locale's `{ type: 'group_content', name, description }`. */
function mergeTranslations(record: Json, translated: unknown): void {
	if (translated === undefined || translated === null) return;
	const content: Json = {
		type: 'group_translated_content',
		...((record.translated_content as Json) ?? {}),
	};
	for (const [locale, value] of Object.entries(translated as Json)) {
		if (locale === 'type' || !value) continue;
		content[locale] = {
			type: 'group_content',
			...((content[locale] as Json) ?? {}),
			...(value as Json),
		};
	}
	record.translated_content = content;
}

/** `POST /help_center/collections`: a name; in the default help center unless one is named. */
export function createCollection({ store, body }: RouteContext): Json {
	if (typeof body.name !== 'string' || !body.name.trim())
		throw new SandboxError(400, 'parameter_not_found', 'Name is a required parameter.', 'name');
	const helpCenter =
		body.help_center_id === undefined || body.help_center_id === null
			? defaultHelpCenter(store)
			: helpCenterOr404(store, body.help_center_id);
	checkParent(store, body.parent_id, helpCenter.id);
	const id = store.nextId('number');
	const siblings = [...collections(store).values()].filter(
		(c) => (c.parent_id ?? null) === (body.parent_id ?? null),
	);
	const record: Json = {
		id,
		workspace_id: WORKSPACE_ID,
		name: body.name,
		url: `${String(helpCenter.url)}/en/collections/${id}-${slug(String(body.name))}`,
		order: siblings.length + 1,
		created_at: store.now(),
		updated_at: store.now(),
		description: typeof body.description === 'string' ? body.description : '',
		icon: 'book-bookmark',
		parent_id:
			body.parent_id === undefined || body.parent_id === null ? null : String(body.parent_id),
		help_center_id: Number(helpCenter.id),
	};
	mergeTranslations(record, body.translated_content);
	return record;
}

/** `PUT /help_center/collections/{id}`: name, description, parent (null: top level), translations. */
export function updateCollection({ store, body }: RouteContext, record: Json): void {
	if (body.name !== undefined) {
		if (typeof body.name !== 'string' || !body.name.trim())
			throw invalid('Name cannot be blank', 'name');
		record.name = body.name;
	}
	if (body.description !== undefined) record.description = body.description;
	if (body.parent_id !== undefined) {
		checkParent(store, body.parent_id, record.help_center_id, String(record.id));
		record.parent_id = body.parent_id === null ? null : String(body.parent_id);
	}
	mergeTranslations(record, body.translated_content);
	record.updated_at = store.now();
}

/** A deleted collection's sub-collections go with it. */
export function deleteSubCollections(store: Store, record: Json): void {
	for (const child of [...collections(store).values()]) {
		if (child.parent_id === String(record.id)) {
			collections(store).delete(String(child.id));
			deleteSubCollections(store, child);
		}
	}
}

// ------------------------------------------------------------------------------------------
// Redirects

/** A help center's redirects: the parent must exist (404 "Resource not found", as the redirect routes word it). */
export function helpCenterOfRedirects({ store, params }: RouteContext): void {
	if (!helpCenters(store).has(params.help_center_id)) throw notFound('Resource not found');
}

/**
 * `POST …/redirects`: every field required, an absolute http(s) URL as the source (422
 * `data_invalid` otherwise), one redirect per source URL (409 `resource_conflict`), and a target
 * collection of the same help center. Article targets are taken as given (the sandbox keeps no
 * articles of its own).
 */
export function createRedirect({ store, params, body }: RouteContext): Json {
	for (const field of ['from_url', 'locale', 'target_type', 'target_id'])
		if (body[field] === undefined || body[field] === null || body[field] === '')
			throw new SandboxError(400, 'parameter_not_found', `${field} is required`, field);
	if (body.target_type !== 'article' && body.target_type !== 'collection')
		throw invalid("target_type must be 'article' or 'collection'", 'target_type');
	let url: URL | undefined;
	try {
		url = new URL(String(body.from_url));
	} catch {
		url = undefined;
	}
	if (!url || !['http:', 'https:'].includes(url.protocol))
		throw new SandboxError(
			422,
			'data_invalid',
			"from_url must be an absolute URL within this help center's URL space",
			'from_url',
		);
	if (!HELP_CENTER_LOCALES.includes(String(body.locale)))
		throw invalid('locale is not supported', 'locale');
	const table = store.table(`${HELP_CENTERS_PATH}/${params.help_center_id}/redirects`);
	if ([...table.values()].some((r) => r.from_url === body.from_url))
		throw new SandboxError(409, 'resource_conflict', 'A redirect with that URL already exists');
	if (body.target_type === 'collection') {
		const target = collections(store).get(String(body.target_id));
		if (!target || String(target.help_center_id) !== params.help_center_id)
			throw new SandboxError(
				422,
				'data_invalid',
				'target must be a member of the help center',
				'target_id',
			);
	}
	return {
		id: store.nextId('number'),
		type: 'help_center_redirect',
		from_url: body.from_url,
		locale: body.locale,
		help_center_id: params.help_center_id,
		target_type: body.target_type,
		target_id: String(body.target_id),
		created_at: store.now(),
		updated_at: store.now(),
	};
}
