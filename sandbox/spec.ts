/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- sandbox code, not shipped: reads the committed OpenAPI snapshot from disk beside the contract tests */
/**
 * What the generic resource handler (crud.ts) reads from Intercom's OpenAPI 2.16 snapshot
 * (sandbox/intercom-openapi-2.16.snapshot.json, the same file requests are validated
 * against): which operations a path has, the success status of each and the shape of its JSON
 * answer (the object's `type`, a list's items key and paging fields, a delete's fields).
 * Read once per process, synchronously, without ajv (benchmarks run the sandbox unvalidated).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SNAPSHOT_FILE = path.resolve(__dirname, 'intercom-openapi-2.16.snapshot.json');

export type Schema = { [key: string]: unknown };

interface Operation {
	responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

interface Snapshot {
	paths: Record<string, Record<string, Operation>>;
	components: { schemas: Record<string, Schema> };
}

let snapshot: Snapshot | undefined;

function spec(): Snapshot {
	snapshot ??= JSON.parse(fs.readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;
	return snapshot;
}

/** A schema with its `$ref` followed and its `allOf` members' properties merged in. */
export function resolve(schema: Schema | undefined): Schema | undefined {
	if (!schema) return undefined;
	if (typeof schema.$ref === 'string')
		return resolve(spec().components.schemas[schema.$ref.split('/').pop()!]);
	if (!Array.isArray(schema.allOf)) return schema;
	const properties: Record<string, Schema> = {};
	for (const member of schema.allOf as Schema[])
		Object.assign(properties, resolve(member)?.properties ?? {});
	Object.assign(properties, schema.properties ?? {});
	return { ...schema, allOf: undefined, type: 'object', properties };
}

export const propertiesOf = (schema: Schema | undefined): Record<string, Schema> =>
	(resolve(schema)?.properties as Record<string, Schema> | undefined) ?? {};

/** The paths of the spec (templates such as `/tags/{tag_id}`). */
export const specPaths = (): string[] => Object.keys(spec().paths);

export interface Answer {
	/** The first 2xx status the spec gives (200, 201, 202, 204). */
	status: number;
	/** Its JSON schema, resolved; undefined when the answer has no body. */
	schema: Schema | undefined;
}

/** The operation `METHOD template` as the spec describes its success; undefined if the spec has none. */
export function operation(method: string, template: string): Answer | undefined {
	const op = spec().paths[template]?.[method.toLowerCase()];
	if (!op) return undefined;
	const [status, response] = Object.entries(op.responses ?? {}).find(([code]) =>
		code.startsWith('2'),
	) ?? ['200', {}];
	const content = response.content ?? {};
	const json = content['application/json'] ?? Object.values(content)[0];
	return { status: Number(status), schema: resolve(json?.schema) };
}

/** The `type` a schema's `type` property is fixed to (its enum's first value), if it is. */
export function fixedType(schema: Schema | undefined): string | undefined {
	const type = propertiesOf(schema).type;
	const values = type?.enum as unknown[] | undefined;
	return typeof values?.[0] === 'string' && values[0] !== '' ? values[0] : undefined;
}

export interface ListShape {
	/** The list's own `type` when the spec fixes it (`team.list`, `list`). */
	type: string | undefined;
	/** The property holding the items (`data`, `teams`, `conversations`). */
	key: string;
	/** Where the page numbers go: a `pages` object, the top level, or nowhere. */
	pages: 'object' | 'top' | 'none';
	totalCount: boolean;
	/** The schema of one item. */
	item: Schema | undefined;
}

/** The shape of a list answer: its items key, its `type`, its paging fields. */
export function listShape(schema: Schema | undefined): ListShape | undefined {
	const properties = propertiesOf(schema);
	const key = Object.keys(properties).find((k) => properties[k].type === 'array');
	if (key === undefined) return undefined;
	return {
		type: fixedType(schema),
		key,
		pages:
			'pages' in properties
				? 'object'
				: 'page' in properties && 'total_pages' in properties
					? 'top'
					: 'none',
		totalCount: 'total_count' in properties,
		item: resolve(properties[key].items as Schema | undefined),
	};
}
