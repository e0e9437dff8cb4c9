/**
 * The generic, stateful CRUD handler: one table row (see resources.ts) becomes the list, create,
 * get, update and delete routes that Intercom's OpenAPI snapshot has for it, with answers in the
 * shapes the spec gives (the list's `type`, items key and paging fields; the delete's fields; 200,
 * 201 or 204). A row names the path, the object type, the id field, the list key and the paging
 * style; hooks take over where Intercom adds rules of its own (validation, duplicates, cascades,
 * renderings). A row without hooks keeps its records in the Store's generic tables, as sent.
 */
import { notFound } from './errors';
import type { RouteContext } from './registry';
import { Reply, cursorPage, numberedPage, perPageOf, route } from './registry';
import type { ListShape, Schema } from './spec';
import { fixedType, listShape, operation, propertiesOf, specPaths } from './spec';
import type { Json, Store } from './store';

export type Op = 'list' | 'create' | 'get' | 'update' | 'delete';

const ALL_OPS: Op[] = ['list', 'create', 'get', 'update', 'delete'];

export interface Paging {
	/** `cursor`: `per_page` and `starting_after` (pages.next.starting_after); `page`: `per_page` and `page`. */
	style: 'cursor' | 'page';
	/** Page size when `per_page` is not sent, and the largest one allowed. */
	perPage: number;
	max: number;
}

export interface Resource<R extends Json = Json> {
	/** The collection's path as the spec writes it: `/tags`, `/contacts/{contact_id}/notes`. */
	path: string;
	/** The object's `type` (`tag`); checked against the spec where the spec fixes it. */
	type: string;
	/** The record field the item path's `{…_id}` is matched with (default `id`). */
	idField?: string;
	/** The list's items key (default: the spec's array property). */
	listKey?: string;
	/** The list's `type`, where the spec does not fix it or the sandbox answers otherwise (default: the spec's, else `list`). */
	listType?: string;
	/** How the list pages (default: one answer with everything). */
	paging?: Paging;
	/** The operations served (default: every one the spec has on `path` and `path/{id}`). */
	ops?: Op[];
	/** The 404 for an unknown id: message and code (default `Resource Not Found`, `not_found`). */
	notFound?: [message: string, code?: string];
	/** New ids: digits (default) or 24 hex digits like contacts and companies. */
	idKind?: 'number' | 'hex';

	// Hooks, for what Intercom does beyond storing what it is sent.

	/** Where the records live (default: a table of the Store's own, one per parent). */
	records?: (store: Store) => Map<string, R> | R[];
	/** The record as the API shows it (default: a copy); `ctx` is the request's, where one answers a single record. */
	render?: (store: Store, record: R, ctx?: RouteContext) => Json;
	/** A list item, where lists show less than a get (default: render). */
	listItem?: (store: Store, record: R) => Json;
	/** Checks the parent of a nested path exists (throws its 404). */
	parent?: (ctx: RouteContext) => void;
	/** Which records a list shows (query filters, the parent's records, archived ones hidden). */
	filter?: (ctx: RouteContext, record: R) => boolean;
	/** The list's order (default: as added). */
	sort?: (a: R, b: R) => number;
	/** Checks the body and builds the new record (default: the body with `type`, `id` and timestamps); the handler stores it. */
	create?: (ctx: RouteContext) => R;
	/** Checks the body and changes the record (default: the body's fields copied, `updated_at` set). */
	update?: (ctx: RouteContext, record: R) => void;
	/** What else a deletion removes (references to the record elsewhere) or records. */
	onDelete?: (store: Store, record: R, ctx: RouteContext) => void;
}

/** The spec's item path under `path`: `/tags` → `/tags/{tag_id}`. */
function itemPathOf(path: string): string | undefined {
	const depth = path.split('/').length + 1;
	return specPaths().find(
		(p) => p.startsWith(`${path}/{`) && p.split('/').length === depth && p.endsWith('}'),
	);
}

/** `/help_center/help_centers/{help_center_id}/redirects` with the request's values filled in. */
const fill = (template: string, params: Record<string, string>) =>
	template.replace(/\{([^}]+)\}/g, (_, key: string) => params[key]);

/** The fields of a delete answer, from the spec: `{ id, object, deleted }`, `{ type, id, external_id, deleted }`… */
function deletedAnswer(schema: Schema | undefined, type: string, record: Json): Json {
	const answer: Json = {};
	for (const [key, property] of Object.entries(propertiesOf(schema))) {
		if (key === 'deleted') answer[key] = true;
		else if (key === 'object' || key === 'type')
			answer[key] = (property.enum as string[] | undefined)?.[0] ?? type;
		else answer[key] = record[key] ?? null;
	}
	return answer;
}

function listAnswer<R extends Json>(
	row: Resource<R>,
	shape: ListShape,
	ctx: RouteContext,
	items: R[],
	render: (r: R) => Json,
	path: string,
): Json {
	const type = row.listType ?? shape.type ?? 'list';
	const key = row.listKey ?? shape.key;
	const paging = row.paging;
	if (!paging) {
		return {
			type,
			[key]: items.map(render),
			...(shape.totalCount ? { total_count: items.length } : {}),
			...(shape.pages === 'object' ? { pages: {} } : {}),
		};
	}
	const { query } = ctx;
	let page: Json;
	if (paging.style === 'cursor') {
		page = cursorPage(
			items,
			perPageOf(query.per_page, paging.perPage, paging.max),
			query.starting_after,
			key,
			render,
		);
	} else {
		page = numberedPage(items, query, paging.perPage, paging.max, Infinity, render, path);
		if (key !== 'data')
			page = {
				type: page.type,
				[key]: page.data,
				total_count: page.total_count,
				pages: page.pages,
			};
	}
	if (shape.pages === 'top') {
		const { pages, ...rest } = page as { pages: Json };
		page = { ...rest, page: pages.page, per_page: pages.per_page, total_pages: pages.total_pages };
	}
	return { ...page, type };
}

/** Registers the routes of one table row. Throws when the row asks for what the spec does not have. */
export function resource<R extends Json = Json>(row: Resource<R>): void {
	const itemPath = itemPathOf(row.path);
	const idParam = itemPath ? /\{([^}]+)\}$/.exec(itemPath)![1] : undefined;
	const idField = row.idField ?? 'id';
	const ops = row.ops ?? ALL_OPS.filter((op) => specOf(op) !== undefined);
	const render = (store: Store, record: R, ctx?: RouteContext): Json =>
		row.render ? row.render(store, record, ctx) : { ...record };
	const missing = () => {
		const [message, code] = row.notFound ?? [];
		return message === undefined ? notFound() : notFound(message, code);
	};

	function specOf(
		op: Op,
	): { method: string; template: string; status: number; schema: Schema | undefined } | undefined {
		const candidates: Array<[string, string | undefined]> =
			op === 'list'
				? [['GET', row.path]]
				: op === 'create'
					? [['POST', row.path]]
					: op === 'get'
						? [['GET', itemPath]]
						: op === 'delete'
							? [['DELETE', itemPath]]
							: [
									['PUT', itemPath],
									['PATCH', itemPath],
								];
		for (const [method, template] of candidates) {
			const answer = template === undefined ? undefined : operation(method, template);
			if (answer) return { method, template: template!, ...answer };
		}
		return undefined;
	}

	const objectSchema = specOf('get')?.schema ?? specOf('create')?.schema;
	const specType = fixedType(objectSchema);
	if (specType !== undefined && specType !== row.type)
		throw new Error(
			`resource ${row.path}: the spec's objects are "${specType}", the row says "${row.type}"`,
		);
	const objectFields = propertiesOf(objectSchema);

	/** The records of this row (a generic table per filled-in collection path, unless the row keeps its own). */
	const recordsOf = (ctx: RouteContext): Map<string, R> | R[] =>
		row.records ? row.records(ctx.store) : ctx.store.table<R>(fill(row.path, ctx.params));
	const all = (records: Map<string, R> | R[]): R[] =>
		Array.isArray(records) ? [...records] : [...records.values()];
	const find = (records: Map<string, R> | R[], id: string): R | undefined =>
		Array.isArray(records) ? records.find((r) => String(r[idField]) === id) : records.get(id);
	const answer = (status: number, body: Json): Json | Reply =>
		status === 200 ? body : new Reply(status, status === 204 ? undefined : body);

	function found(ctx: RouteContext): { records: Map<string, R> | R[]; record: R } {
		row.parent?.(ctx);
		const records = recordsOf(ctx);
		const record = find(records, ctx.params[idParam!]);
		if (!record) throw missing();
		return { records, record };
	}

	// Every operation is checked against the spec before any route is registered.
	const served = ops.map((op) => {
		const operationSpec = specOf(op);
		if (!operationSpec) throw new Error(`resource ${row.path}: the spec has no ${op} operation`);
		const shape = op === 'list' ? listShape(operationSpec.schema) : undefined;
		if (op === 'list' && !shape)
			throw new Error(
				`resource ${row.path}: the spec's answer to GET ${operationSpec.template} is not a list`,
			);
		return { op, shape, ...operationSpec };
	});

	for (const { op, shape, method, template, status, schema } of served) {
		switch (op) {
			case 'list': {
				route(`${method} ${template}`, (ctx) => {
					row.parent?.(ctx);
					let items = all(recordsOf(ctx));
					if (row.filter) items = items.filter((r) => row.filter!(ctx, r));
					if (row.sort) items.sort(row.sort);
					const item = row.listItem ?? render;
					return listAnswer(
						row,
						shape!,
						ctx,
						items,
						(r) => item(ctx.store, r),
						fill(template, ctx.params),
					);
				});
				break;
			}
			case 'create':
				route(`${method} ${template}`, (ctx) => {
					row.parent?.(ctx);
					const record = row.create ? row.create(ctx) : defaultRecord(ctx);
					const records = recordsOf(ctx);
					if (Array.isArray(records)) records.push(record);
					else records.set(String(record[idField]), record);
					return answer(status, render(ctx.store, record, ctx));
				});
				break;
			case 'get':
				route(`${method} ${template}`, (ctx) =>
					answer(status, render(ctx.store, found(ctx).record, ctx)),
				);
				break;
			case 'update':
				route(`${method} ${template}`, (ctx) => {
					const { record } = found(ctx);
					if (row.update) row.update(ctx, record);
					else defaultUpdate(ctx.store, record, ctx.body);
					return answer(status, render(ctx.store, record, ctx));
				});
				break;
			case 'delete':
				route(`${method} ${template}`, (ctx) => {
					const { records, record } = found(ctx);
					if (Array.isArray(records)) records.splice(records.indexOf(record), 1);
					else records.delete(String(record[idField]));
					row.onDelete?.(ctx.store, record, ctx);
					// No body in the spec: {}; a `deleted` flag: the spec's fields; else the object as it was.
					if (!schema) return answer(status, {});
					return answer(
						status,
						'deleted' in propertiesOf(schema)
							? deletedAnswer(schema, row.type, record)
							: render(ctx.store, record),
					);
				});
				break;
		}
	}

	/** The body's fields, less the id and type the sandbox sets. */
	const sent = (body: Json): Json =>
		Object.fromEntries(Object.entries(body).filter(([key]) => key !== idField && key !== 'type'));
	const stamp = (store: Store, record: Json, key: 'created_at' | 'updated_at') => {
		if (key in objectFields) record[key] = store.now();
	};

	function defaultRecord(ctx: RouteContext): R {
		const raw = ctx.store.nextId(row.idKind ?? 'number');
		const id = objectFields[idField]?.type === 'integer' ? Number(raw) : raw;
		const record: Json = { type: row.type, [idField]: id };
		// A nested record names its parent where the spec's object has the field (office_hours_schedule_id).
		for (const [key, value] of Object.entries(ctx.params))
			if (key in objectFields) record[key] = value;
		Object.assign(record, sent(ctx.body));
		stamp(ctx.store, record, 'created_at');
		stamp(ctx.store, record, 'updated_at');
		return record as R;
	}

	function defaultUpdate(store: Store, record: R, body: Json): void {
		Object.assign(record, sent(body));
		stamp(store, record, 'updated_at');
	}
}
