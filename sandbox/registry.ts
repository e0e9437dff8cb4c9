/**
 * The sandbox's route table (`METHOD /path/{param}` → handler) and the list shapes Intercom pages
 * with. The generic resources (resources.ts, through crud.ts) and the hand-written routes (crm.ts,
 * inbox.ts) register themselves here, each `METHOD template` once.
 */
import { invalid } from './errors';
import type { Json, Store } from './store';

export interface RouteContext {
	params: Record<string, string>;
	query: Record<string, string>;
	body: Json;
	store: Store;
	/** The request's headers, names in lower case (absent where a route is called from code). */
	headers?: Record<string, string>;
}

/** An answer other than 200 with a JSON body (e.g. 202 with no body for POST /events). */
export class Reply {
	constructor(
		readonly status: number,
		readonly body?: unknown,
		/** More answer headers (a redirect's Location). */
		readonly headers: Record<string, string> = {},
	) {}
}

/** An answer that is a file: its bytes as they are, with their own headers (Content-Type…). */
export class FileReply {
	constructor(
		readonly body: Buffer,
		readonly headers: Record<string, string>,
		readonly status = 200,
	) {}
}

type Handler = (ctx: RouteContext) => Json | Reply | FileReply;

/** What an injected fault (a 500 or a dropped connection) does to the route's state besides failing. */
type FaultHandler = (ctx: RouteContext) => void;

export interface Route {
	method: string;
	template: string;
	pattern: RegExp;
	keys: string[];
	handler: Handler;
	onFault?: FaultHandler;
}

/** Cursor lists (contacts, conversations, searches) take at most 150 a page. */
export const CONTACT_PAGE_MAX = 150;

const routes: Route[] = [];

export function route(
	spec: string,
	handler: Handler,
	options: { onFault?: FaultHandler } = {},
): void {
	const [method, template] = spec.split(' ');
	if (routes.some((r) => r.method === method && r.template === template))
		throw new Error(`sandbox: ${spec} is registered twice`);
	const keys: string[] = [];
	const pattern = new RegExp(
		`^${template.replace(/\{([^}]+)\}/g, (_, key: string) => {
			keys.push(key);
			return '([^/]+)';
		})}$`,
	);
	routes.push({ method, template, pattern, keys, handler, onFault: options.onFault });
}

/** The route for a request, literal paths winning over templated ones. */
export function findRoute(
	method: string,
	path: string,
): { route: Route; params: Record<string, string> } | undefined {
	let best: { route: Route; params: Record<string, string>; literal: number } | undefined;
	for (const r of routes) {
		if (r.method !== method) continue;
		const m = r.pattern.exec(path);
		if (!m) continue;
		const params: Record<string, string> = {};
		r.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1])));
		const literal = r.template.split('/').filter((s) => s && !s.startsWith('{')).length;
		if (!best || literal > best.literal) best = { route: r, params, literal };
	}
	return best && { route: best.route, params: best.params };
}

export function pathExists(path: string): boolean {
	return routes.some((r) => r.pattern.test(path));
}

export const cursorOf = (offset: number) =>
	Buffer.from(JSON.stringify({ o: offset })).toString('base64url');

export function offsetOf(cursor: unknown): number {
	if (cursor === undefined || cursor === null || cursor === '') return 0;
	try {
		const { o } = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8')) as {
			o: number;
		};
		if (Number.isInteger(o) && o >= 0) return o;
	} catch {
		/* fall through */
	}
	throw invalid('starting_after is not a valid cursor', 'starting_after');
}

export function perPageOf(value: unknown, fallback: number, max: number): number {
	if (value === undefined || value === null || value === '') return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1)
		throw invalid('per_page must be a positive integer', 'per_page');
	if (n > max) throw invalid(`per_page must be at most ${max}`, 'per_page');
	return n;
}

/** A cursor-paged list (`GET /contacts`, searches). */
export function cursorPage<T>(
	items: T[],
	perPage: number,
	startingAfter: unknown,
	key = 'data',
	render: (item: T) => Json = (item) => item as Json,
): Json {
	const offset = offsetOf(startingAfter);
	const data = items.slice(offset, offset + perPage).map(render);
	const next =
		offset + perPage < items.length
			? { per_page: perPage, starting_after: cursorOf(offset + perPage) }
			: undefined;
	return {
		type: 'list',
		[key]: data,
		total_count: items.length,
		pages: {
			type: 'pages',
			page: Math.floor(offset / perPage) + 1,
			per_page: perPage,
			total_pages: Math.max(1, Math.ceil(items.length / perPage)),
			...(next ? { next } : {}),
		},
	};
}

/** A page-numbered list (`GET /companies`, a company's contacts, a contact's notes); `pages.next` links to `path`. */
export function numberedPage<T>(
	items: T[],
	query: Record<string, string>,
	fallback: number,
	max: number,
	cap: number,
	render: (item: T) => Json,
	path: string,
): Json {
	const perPage = perPageOf(query.per_page, fallback, max);
	const page = query.page === undefined ? 1 : Number(query.page);
	if (!Number.isInteger(page) || page < 1) throw invalid('page must be a positive integer', 'page');
	const reachable = items.slice(0, cap);
	const data = reachable.slice((page - 1) * perPage, page * perPage).map(render);
	const totalPages = Math.max(1, Math.ceil(reachable.length / perPage));
	return {
		type: 'list',
		data,
		total_count: items.length,
		pages: {
			type: 'pages',
			page,
			per_page: perPage,
			total_pages: totalPages,
			...(page < totalPages ? { next: `${path}?page=${page + 1}` } : {}),
		},
	};
}
