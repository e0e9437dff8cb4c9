/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test-only code: node:fs, node:path, ajv, jest and __dirname are fine outside the shipped package */
/**
 * Checks HTTP requests against Intercom's official OpenAPI 3.0 description (2.16), through its
 * facts-only snapshot committed beside this file (`intercom-openapi-2.16.snapshot.json`, derived from
 * `../shared/intercom-openapi/api.intercom.io.yaml` by `npm run spec:snapshot`; snapshot.test.ts
 * checks that it still matches the file whenever ../shared is there).
 *
 *   validateRequest({ method, path, query, body, headers }) → string[] of violations, [] if valid
 *
 * - path: matched to a spec path template, literal segments winning over `{params}` at the first
 *   segment where candidates differ (`/contacts/search` before `/contacts/{contact_id}`), as
 *   OpenAPI prescribes; then the method. Path parameters are decoded and type-checked.
 * - query: unknown names (except the commented allow-list below), missing required ones, values
 *   that don't coerce to the declared type / enum / bounds. Arrays follow the declared
 *   style/explode; an exploded object parameter (`filter` on GET /events) contributes its
 *   property names.
 * - body: JSON Schema validation (ajv, draft 2019-09) of the operation's requestBody schema, with
 *   OpenAPI 3.0 translated: `nullable`, `readOnly` (must not be sent; not required), `x-*` and
 *   documentation dropped (the snapshot has none), unknown formats ignored. Objects that
 *   declare `properties` and no `additionalProperties` are closed: a property the spec doesn't
 *   describe is reported (through `unevaluatedProperties`, so `allOf` compositions still work).
 *   A body for an operation without requestBody, or a missing required body, is reported.
 * - headers: `Intercom-Version`, when sent, must be in the spec's version enum; a body must be
 *   sent as JSON when a Content-Type is given.
 *
 * The snapshot (JSON) is read once per process; validators are compiled once per operation.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import Ajv2019 from 'ajv/dist/2019';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';

/** The committed snapshot every request is validated against. */
export const SNAPSHOT_PATH = path.resolve(__dirname, 'intercom-openapi-2.16.snapshot.json');
/** How violations name what they were checked against. */
export const SPEC_NAME = "Intercom's OpenAPI 2.16 (sandbox/intercom-openapi-2.16.snapshot.json)";

// ------------------------------------------------------------------------------------------
// Types

type Schema = { [key: string]: unknown };

interface Parameter {
	name: string;
	in: 'path' | 'query' | 'header' | 'cookie';
	required?: boolean;
	schema?: Schema;
	style?: string;
	explode?: boolean;
	$ref?: string;
}

interface Operation {
	operationId?: string;
	parameters?: Parameter[];
	requestBody?: {
		required?: boolean;
		content?: Record<string, { schema?: Schema }>;
		$ref?: string;
	};
}

type PathItem = { parameters?: Parameter[] } & Partial<Record<HttpMethod, Operation>>;

interface Spec {
	openapi: string;
	info: { version: string };
	paths: Record<string, PathItem>;
	components: { schemas: Record<string, Schema> };
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ContractRequest {
	method: string;
	/** The request path, e.g. `/contacts/6329bd9ffe4e2e91dac76188/tags/123`; a `?query` is merged into `query`. */
	path: string;
	query?: Record<string, unknown>;
	/** Parsed JSON body (a string is parsed as JSON); undefined, null or '' mean no body. */
	body?: unknown;
	headers?: Record<string, string | string[] | number | undefined>;
}

// ------------------------------------------------------------------------------------------
// Allow-list: query parameters Intercom documents but the spec doesn't declare.
// Declared parameters always win; these only stop "unknown query parameter" reports and
// type-check the value. Keep every entry explained.

const UNDECLARED_QUERY_PARAMETERS: Record<string, Record<string, Schema>> = {
	// List contacts: the 2.16 spec declares only include_merge_history, but the docs' "List all
	// contacts" page and its pagination guide document cursor paging with per_page (default 50,
	// max 150) and starting_after (from pages.next.starting_after). INTERCOM-FACTS.md §6.
	'GET /contacts': {
		per_page: { type: 'integer', minimum: 1, maximum: 150 },
		starting_after: { type: 'string' },
	},
	// List conversations: 2.16 declares both (per_page max 150, starting_after), so this entry is
	// inert with this spec file; kept for spec versions that omit them, as /contacts does.
	'GET /conversations': {
		per_page: { type: 'integer', minimum: 1, maximum: 150 },
		starting_after: { type: 'string' },
	},
	// A company's contacts and the notes of a contact or company: the 2.16 answers are numbered
	// pages (pages.page, per_page, total_pages; company_attached_contacts, note_list), so the
	// next page is asked for with page. INTERCOM-FACTS.md §6 lists /companies/{id}/contacts as
	// page-numbered.
	'GET /companies/{company_id}/contacts': { page: { type: 'integer', minimum: 1 } },
	'GET /contacts/{contact_id}/notes': { page: { type: 'integer', minimum: 1 } },
	'GET /companies/{company_id}/notes': { page: { type: 'integer', minimum: 1 } },
	// Admin activity logs: the answer (activity_log_list) has numbered pages; the next page's
	// link (pages.next) carries page and per_page next to the declared created_at_* filters.
	'GET /admins/activity_logs': {
		page: { type: 'integer', minimum: 1 },
		per_page: { type: 'integer', minimum: 1 },
	},
	// List data events: the operation's description documents per_page; pages.next is a link
	// to the next page that adds `before` (a timestamp in milliseconds) to the same filters.
	'GET /events': { per_page: { type: 'integer', minimum: 1 }, before: { type: 'integer' } },
	// Internal articles and their search: the 2.16 answers are numbered pages (pages.page,
	// per_page, total_pages) but the spec declares no paging parameters; Intercom's 2.17 reference
	// documents page (default 1) and per_page (default 50) on GET /internal_articles.
	'GET /internal_articles': {
		page: { type: 'integer', minimum: 1 },
		per_page: { type: 'integer', minimum: 1 },
	},
	'GET /internal_articles/search': {
		page: { type: 'integer', minimum: 1 },
		per_page: { type: 'integer', minimum: 1 },
	},
	// List all collections: 2.16 declares no query parameters, but the answer (collection_list)
	// has numbered pages, and the 2.17 docs of the same endpoint give page and per_page
	// (default 20, at most 250).
	'GET /help_center/collections': {
		page: { type: 'integer', minimum: 1 },
		per_page: { type: 'integer', minimum: 1, maximum: 250 },
	},
	// News lists: the 2.16 answers are numbered pages (paginated_response examples: pages.page,
	// per_page 10 or 20, total_pages) without pages.next, so the next page is asked for with page.
	// Intercom's 2.17 reference documents page (default 1) on these three lists.
	'GET /news/news_items': { page: { type: 'integer', minimum: 1 } },
	'GET /news/newsfeeds': { page: { type: 'integer', minimum: 1 } },
	'GET /news/newsfeeds/{newsfeed_id}/items': { page: { type: 'integer', minimum: 1 } },
	// Help center articles: the 2.16 answers are numbered pages (pages.page,
	// per_page, total_pages) but the spec declares no paging parameters. Intercom's own SDK
	// (intercom-client ListArticlesRequest) sends page and per_page to GET /articles, and the
	// search answers' pages.next links repeat the query with per_page and page
	// (intercom/intercom-node issue #496).
	'GET /articles': {
		page: { type: 'integer', minimum: 1 },
		per_page: { type: 'integer', minimum: 1 },
	},
	'GET /articles/search': {
		page: { type: 'integer', minimum: 1 },
		per_page: { type: 'integer', minimum: 1 },
	},
};

// Request bodies whose spec `oneOf` has overlapping alternatives, so that a valid body matches
// two of them and "exactly one" fails. These are validated as `anyOf` (at least one alternative
// must match; each stays closed). Keep every entry explained.
const OVERLAPPING_ONE_OF_BODIES: Record<string, string> = {
	// tag_company_request and untag_company_request differ only by the optional `untag` on each
	// company, so every "tag companies" body (no `untag`) matches both.
	'POST /tags': 'tag and untag company payloads overlap',
	// update_data_attribute_request: the "other type" alternative has no constraints, so a list
	// attribute's body with `options` matches it as well as "list attribute".
	'PUT /data_attributes/{data_attribute_id}': '"other type" alternative has no constraints',
};

// Path parameters the spec types wrongly, with the type Intercom actually takes. Keep every
// entry explained.
const PATH_PARAMETER_OVERRIDES: Record<string, Record<string, Schema>> = {
	// Create a note: contact_id is declared as an integer, but contact IDs are 24-hex strings
	// (GET /contacts/{contact_id}/notes on the same path declares a string).
	'POST /contacts/{contact_id}/notes': { contact_id: { type: 'string' } },
};

// Path parameters of a path template that the operation declares only as query parameters.
// Keep every entry explained.
const UNDECLARED_PATH_PARAMETERS: Record<string, Record<string, Schema>> = {
	// Reporting data export status and download: the path is /…/{job_identifier}, but the 2.16
	// operations declare job_identifier only `in: query` (required). Intercom's later reference
	// (2.18) declares it in the path. The node sends it in both places.
	'GET /export/reporting_data/{job_identifier}': { job_identifier: { type: 'string' } },
	'GET /download/reporting_data/{job_identifier}': { job_identifier: { type: 'string' } },
};

// Allow-list: top-level body properties Intercom accepts but the spec doesn't declare. Each is
// validated against its schema here and taken out before the body is checked against the spec.
// Keep every entry explained.

const UNDECLARED_BODY_PROPERTIES: Record<string, Record<string, Schema>> = {
	// Search conversations: Intercom sorts these results with the same `sort` object as contact
	// search (contact_search_request.sort), but the spec omits it (intercom/Intercom-OpenAPI
	// issue #114, "searchConversations endpoint lacks documentation for the sort option").
	'POST /conversations/search': {
		sort: {
			type: 'object',
			properties: {
				field: { type: 'string' },
				order: { type: 'string', enum: ['ascending', 'descending'] },
			},
			required: ['field'],
			additionalProperties: false,
		},
	},
};

// Top-level body properties the spec types more narrowly than Intercom takes them. Each is
// validated against the schema here instead of the spec's (and taken out before the rest of the
// body is checked). Keep every entry explained.

/** Custom attribute values: text, numbers, booleans, null (clears one) or a list of IDs. */
const TYPED_CUSTOM_ATTRIBUTES: Schema = {
	type: ['object', 'null'],
	additionalProperties: {
		type: ['string', 'number', 'boolean', 'null', 'array'],
		items: { type: ['string', 'integer'] },
	},
};

const RETYPED_BODY_PROPERTIES: Record<string, Record<string, Schema>> = {
	// Create or update a custom object instance: the spec types every custom_attributes value as
	// a string, but its own request example sends `total_amount: 99.99` (which passes with this
	// entry), and the 2.17 reference of the same request says each value
	// must match its attribute's type (string, integer, number, boolean, a Unix timestamp or date
	// text for a datetime, null to clear, an ID or an array of IDs for a reference).
	'POST /custom_object_instances/{custom_object_type_identifier}': {
		custom_attributes: TYPED_CUSTOM_ATTRIBUTES,
	},
	// Update a visitor: the spec types every custom_attributes value as a string, but the same
	// schema's example sets `paid_subscriber: true` and `monthly_spend: 155.5`; a visitor's custom
	// attributes are the workspace's people attributes, typed like a contact's.
	'PUT /visitors': { custom_attributes: TYPED_CUSTOM_ATTRIBUTES },
};

// Body properties the spec requires always, but Intercom only under a condition: required here
// only when the body's `when` property has the given value. Keep every entry explained.
const CONDITIONALLY_REQUIRED_BODY_PROPERTIES: Record<
	string,
	{ property: string; when: { property: string; value: unknown } }
> = {
	// Convert a visitor: 2.16 requires `user` for both roles, but the 2.17 reference of the same
	// request says the user object is required when type is user and not read when type is lead
	// (and Intercom's 1.x examples convert a visitor to a lead without one).
	'POST /visitors/convert': { property: 'user', when: { property: 'type', value: 'user' } },
};

// ------------------------------------------------------------------------------------------
// Loading (once per process)

export interface SpecLoadStats {
	openapi: string;
	version: string;
	operations: number;
	schemas: number;
}

let loaded: { spec: Spec; stats: SpecLoadStats } | undefined;

function readSpec(): { spec: Spec; stats: SpecLoadStats } {
	if (loaded) return loaded;
	const spec = JSON.parse(fs.readFileSync(SNAPSHOT_PATH, 'utf8')) as Spec;
	let operations = 0;
	for (const item of Object.values(spec.paths)) {
		for (const method of HTTP_METHODS) if (item[method]) operations++;
	}
	loaded = {
		spec,
		stats: {
			openapi: spec.openapi,
			version: spec.info.version,
			operations,
			schemas: Object.keys(spec.components.schemas).length,
		},
	};
	return loaded;
}

/** Loads the snapshot if needed and says what it holds (for the self-test). */
export function loadSpec(): SpecLoadStats {
	return readSpec().stats;
}

// ------------------------------------------------------------------------------------------
// OpenAPI 3.0 schema → JSON Schema 2019-09

const COMPONENTS_ID = 'https://intercom-openapi.test/components.json';
const COMPONENT_PREFIX = '#/components/schemas/';

/** Keywords kept as they are (after their subschemas are translated). */
const KEPT_KEYWORDS = new Set([
	'type',
	'enum',
	'const',
	'format',
	'required',
	'minimum',
	'maximum',
	'multipleOf',
	'minLength',
	'maxLength',
	'pattern',
	'minItems',
	'maxItems',
	'uniqueItems',
	'minProperties',
	'maxProperties',
]);
/** Dropped on purpose (documentation, or OpenAPI-only with no request-side meaning). */
const DROPPED_KEYWORDS = new Set([
	'title',
	'description',
	'example',
	'examples',
	'default',
	'deprecated',
	'discriminator', // the oneOf it annotates is validated as is
	'externalDocs',
	'xml',
	'writeOnly',
]);

/** Keywords met in the spec that the translation didn't know (reported by the self-test). */
export const unknownSchemaKeywords = new Set<string>();
/** Deviations from the spec's letter the translation made, with the reason. */
export const translationNotes = new Set<string>();

class SchemaTranslator {
	private readonly closableMemo = new Map<Schema, boolean>();

	constructor(private readonly schemas: Record<string, Schema>) {}

	/** Resolves a `$ref` to a component schema (the only kind the spec uses). */
	target(ref: string): Schema {
		if (!ref.startsWith(COMPONENT_PREFIX)) throw new Error(`Unsupported $ref ${ref}`);
		const found = this.schemas[ref.slice(COMPONENT_PREFIX.length)];
		if (found === undefined) throw new Error(`Unresolvable $ref ${ref}`);
		return found;
	}

	/**
	 * Does this schema describe an object by listing properties (itself, through $ref or allOf)
	 * and nowhere allow extra ones? Then a terminal use of it gets `unevaluatedProperties: false`.
	 * oneOf/anyOf alternatives are not looked into: they are closed on their own, or, next to
	 * sibling properties, their properties count as evaluated for the parent's closure.
	 */
	closable(schema: Schema): boolean {
		const memo = this.closableMemo.get(schema);
		if (memo !== undefined) return memo;
		const result =
			!this.some(schema, (s) => 'additionalProperties' in s || 'patternProperties' in s) &&
			this.some(schema, (s) => isObject(s.properties));
		this.closableMemo.set(schema, result);
		return result;
	}

	/** Does `test` hold for the schema or anything it includes through $ref / allOf? */
	private some(schema: Schema, test: (s: Schema) => boolean, seen = new Set<Schema>()): boolean {
		if (seen.has(schema)) return false;
		seen.add(schema);
		if (test(schema)) return true;
		if (typeof schema.$ref === 'string' && this.some(this.target(schema.$ref), test, seen))
			return true;
		return ((schema.allOf as Schema[] | undefined) ?? []).some((member) =>
			this.some(member, test, seen),
		);
	}

	/**
	 * Translates one schema. `terminal`: the instance here is validated by this schema alone
	 * (not as an allOf member, nor as a oneOf/anyOf member next to sibling properties), so an
	 * object with declared properties is closed here.
	 */
	translate(schema: unknown, terminal: boolean): Schema | boolean {
		if (typeof schema === 'boolean') return schema;
		if (!isObject(schema)) throw new Error(`Not a schema: ${JSON.stringify(schema)}`);
		const source = schema as Schema;
		const out: Schema = {};
		const hasOwnProperties = isObject(source.properties);
		const hasComposition = Array.isArray(source.allOf);

		for (const [key, value] of Object.entries(source)) {
			if (
				key === 'format' &&
				value === 'uuid' &&
				typeof source.maxLength === 'number' &&
				source.maxLength < 36
			) {
				// create_conversation_request.from.id: "format: uuid" with min/maxLength 24, i.e. a
				// 24-hex Intercom object id; a UUID has 36 characters. The lengths are kept.
				translationNotes.add(
					`format "uuid" with maxLength ${String(source.maxLength)} ignored (Intercom object ids are 24 hex characters)`,
				);
			} else if (KEPT_KEYWORDS.has(key)) {
				out[key] = value;
			} else if (key === '$ref') {
				out.$ref = `${COMPONENTS_ID}#/$defs/${(value as string).slice(COMPONENT_PREFIX.length)}`;
				this.target(value as string);
			} else if (key === 'properties') {
				const properties: Schema = {};
				const readOnly: string[] = [];
				for (const [name, property] of Object.entries(value as Record<string, Schema>)) {
					if (isObject(property) && property.readOnly === true) {
						readOnly.push(name);
						properties[name] = { readOnlyInRequest: true };
					} else {
						properties[name] = this.translate(property, true);
					}
				}
				out.properties = properties;
				if (readOnly.length > 0 && Array.isArray(source.required)) {
					// OpenAPI 3.0: "required" on a readOnly property applies to responses only.
					out.required = (source.required as string[]).filter((name) => !readOnly.includes(name));
				}
			} else if (key === 'items' || key === 'not') {
				out[key] = this.translate(value, true);
			} else if (key === 'additionalProperties') {
				out[key] = typeof value === 'boolean' ? value : this.translate(value, true);
			} else if (key === 'allOf') {
				out.allOf = (value as unknown[]).map((member) => this.translate(member, false));
			} else if (key === 'oneOf' || key === 'anyOf') {
				// Alternatives are complete shapes, unless the parent adds properties of its own.
				const membersTerminal = terminal && !hasOwnProperties && !hasComposition;
				out[key] = (value as unknown[]).map((member) => this.translate(member, membersTerminal));
			} else if (key === 'nullable' || key === 'readOnly') {
				// handled below / by the parent's `properties`
			} else if (key.startsWith('x-') || DROPPED_KEYWORDS.has(key)) {
				// documentation and vendor extensions
			} else {
				unknownSchemaKeywords.add(key);
			}
		}

		if (terminal && this.closable(source)) out.unevaluatedProperties = false;

		// A single-member oneOf/anyOf/allOf (`oneOf: [$ref]`, as in create/update contact) is the
		// member itself; unwrapping keeps error messages to the point.
		for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
			const members = out[key];
			if (
				Array.isArray(members) &&
				members.length === 1 &&
				Object.keys(out).every((k) => k === key)
			) {
				return this.nullable(source, { ...(members[0] as Schema) });
			}
		}
		return this.nullable(source, out);
	}

	/** OpenAPI 3.0 `nullable: true` → a `null` type / enum member, or anyOf [null, schema]. */
	private nullable(source: Schema, out: Schema): Schema {
		if (source.nullable !== true) return out;
		if (typeof out.type === 'string' && out.$ref === undefined) {
			const nullableOut: Schema = { ...out, type: [out.type, 'null'] };
			if (Array.isArray(out.enum)) nullableOut.enum = [...(out.enum as unknown[]), null];
			return nullableOut;
		}
		return { anyOf: [{ type: 'null' }, out] };
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ------------------------------------------------------------------------------------------
// Engine: ajv, path index, compiled operations

interface PathTemplate {
	template: string;
	segments: Array<{ literal: string } | { param: string }>;
	item: PathItem;
}

interface CompiledParameter {
	parameter: Parameter;
	validate: ValidateFunction;
	/** For exploded object parameters: the property names that stand for it in the query. */
	objectKeys?: string[];
}

interface CompiledOperation {
	key: string; // "POST /contacts/{contact_id}"
	operation: Operation;
	path: Map<string, CompiledParameter>;
	query: Map<string, CompiledParameter>;
	headers: Map<string, CompiledParameter>; // lower-case names
	body?: ValidateFunction;
	bodyRequired: boolean;
	/** Undeclared top-level body properties allowed for this operation, with their validators. */
	extraBody: Map<string, ValidateFunction>;
}

interface Engine {
	spec: Spec;
	ajv: Ajv2019;
	/** Translated component schemas, as registered under COMPONENTS_ID. */
	defs: Record<string, Schema | boolean>;
	translator: SchemaTranslator;
	templates: PathTemplate[];
	operations: Map<string, CompiledOperation>;
	versionValidator: ValidateFunction;
}

let engine: Engine | undefined;

function getEngine(): Engine {
	if (engine) return engine;
	const { spec } = readSpec();
	const ajv = new Ajv2019({
		allErrors: true,
		verbose: true,
		strict: false, // the translation keeps only known keywords; OpenAPI leftovers are dropped
		logger: false,
		inlineRefs: false, // shared component validators compile once, not per operation
		validateSchema: false, // the translated spec is trusted; checking it against the meta-schema costs ~100 ms
	});
	addFormats(ajv);
	ajv.addKeyword({
		keyword: 'readOnlyInRequest',
		schemaType: 'boolean',
		errors: true,
		validate: function readOnlyInRequest(this: unknown) {
			(readOnlyInRequest as unknown as { errors: Array<Partial<ErrorObject>> }).errors = [
				{
					keyword: 'readOnlyInRequest',
					message: 'is readOnly in the spec and must not be sent in a request',
					params: {},
				},
			];
			return false;
		},
	});

	const translator = new SchemaTranslator(spec.components.schemas);
	const defs: Record<string, Schema | boolean> = {};
	for (const [name, schema] of Object.entries(spec.components.schemas)) {
		// Roots stay open: closing happens where a schema is used (it may be an allOf member).
		defs[name] = translator.translate(schema, false);
	}
	// Formats the spec uses that ajv-formats doesn't know (timestamp…) are annotations here.
	for (const format of collectFormats(spec)) {
		if (!(format in ajv.formats)) ajv.addFormat(format, true);
	}
	ajv.addSchema({ $id: COMPONENTS_ID, $defs: defs });

	const templates: PathTemplate[] = Object.entries(spec.paths).map(([template, item]) => ({
		template,
		item,
		segments: template
			.split('/')
			.slice(1)
			.map((segment) => {
				const match = /^\{([^}]+)\}$/.exec(segment);
				return match ? { param: match[1] } : { literal: segment };
			}),
	}));

	const versionSchema = translator.translate(spec.components.schemas.intercom_version, true);
	engine = {
		spec,
		ajv,
		defs,
		translator,
		templates,
		operations: new Map(),
		versionValidator: ajv.compile(versionSchema as Schema),
	};
	return engine;
}

function collectFormats(spec: Spec): Set<string> {
	const formats = new Set<string>();
	const walk = (node: unknown) => {
		if (Array.isArray(node)) node.forEach(walk);
		else if (isObject(node)) {
			if (typeof node.format === 'string') formats.add(node.format);
			Object.values(node).forEach(walk);
		}
	};
	walk(spec.paths);
	walk(spec.components.schemas);
	return formats;
}

function resolveParameter(spec: Spec, parameter: Parameter): Parameter {
	if (parameter.$ref === undefined) return parameter;
	const pointer = parameter.$ref.replace(/^#\//, '').split('/');
	let node: unknown = spec;
	for (const part of pointer)
		node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
	return node as Parameter;
}

function compileOperation(
	e: Engine,
	template: PathTemplate,
	method: HttpMethod,
): CompiledOperation {
	const key = `${method.toUpperCase()} ${template.template}`;
	const cached = e.operations.get(key);
	if (cached) return cached;
	const operation = template.item[method] as Operation;

	const merged = new Map<string, Parameter>();
	for (const raw of [...(template.item.parameters ?? []), ...(operation.parameters ?? [])]) {
		const parameter = resolveParameter(e.spec, raw);
		merged.set(`${parameter.in}:${parameter.name}`, parameter);
	}
	const compiled: CompiledOperation = {
		key,
		operation,
		path: new Map(),
		query: new Map(),
		headers: new Map(),
		bodyRequired: operation.requestBody?.required === true,
		extraBody: new Map(
			Object.entries({
				...(UNDECLARED_BODY_PROPERTIES[key] ?? {}),
				...(RETYPED_BODY_PROPERTIES[key] ?? {}),
			}).map(([name, schema]) => [name, e.ajv.compile(schema)]),
		),
	};
	for (const parameter of merged.values()) {
		const schema = e.translator.translate(parameter.schema ?? {}, true) as Schema;
		const entry: CompiledParameter = { parameter, validate: e.ajv.compile(schema) };
		const pathOverride = PATH_PARAMETER_OVERRIDES[key]?.[parameter.name];
		if (parameter.in === 'path' && pathOverride) {
			compiled.path.set(parameter.name, {
				parameter: { ...parameter, schema: pathOverride },
				validate: e.ajv.compile(pathOverride),
			});
		} else if (parameter.in === 'path') compiled.path.set(parameter.name, entry);
		else if (parameter.in === 'header') compiled.headers.set(parameter.name.toLowerCase(), entry);
		else if (parameter.in === 'query') {
			if (
				parameter.schema?.type === 'object' &&
				(parameter.style ?? 'form') === 'form' &&
				parameter.explode !== false
			) {
				entry.objectKeys = objectPropertyNames(e, parameter.schema);
			}
			compiled.query.set(parameter.name, entry);
		}
	}
	for (const [name, schema] of Object.entries(UNDECLARED_PATH_PARAMETERS[key] ?? {})) {
		if (compiled.path.has(name)) continue;
		compiled.path.set(name, {
			parameter: { name, in: 'path', required: true, schema },
			validate: e.ajv.compile(schema),
		});
	}
	const undeclared = UNDECLARED_QUERY_PARAMETERS[key] ?? {};
	for (const [name, schema] of Object.entries(undeclared)) {
		if (compiled.query.has(name)) continue;
		compiled.query.set(name, {
			parameter: { name, in: 'query', schema },
			validate: e.ajv.compile(schema),
		});
	}

	const content = operation.requestBody?.content;
	if (content !== undefined) {
		const json = content['application/json'];
		if (json?.schema === undefined) {
			throw new Error(`${key}: requestBody without an application/json schema is not supported`);
		}
		compiled.body = e.ajv.compile(
			key in OVERLAPPING_ONE_OF_BODIES
				? oneOfAsAnyOf(e, json.schema)
				: key in CONDITIONALLY_REQUIRED_BODY_PROPERTIES
					? conditionallyRequired(e, json.schema, CONDITIONALLY_REQUIRED_BODY_PROPERTIES[key])
					: (e.translator.translate(json.schema, true) as Schema),
		);
	}
	e.operations.set(key, compiled);
	return compiled;
}

/** The body schema (a top-level `$ref` resolved) with its top-level `oneOf` turned into `anyOf`. */
function oneOfAsAnyOf(e: Engine, schema: Schema): Schema {
	const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
	const source = ref
		? (e.spec.components.schemas[ref.slice(COMPONENT_PREFIX.length)] as Schema)
		: schema;
	const translated = e.translator.translate(source, true) as Schema;
	if (!Array.isArray(translated.oneOf))
		throw new Error('oneOfAsAnyOf: the body schema has no top-level oneOf');
	const { oneOf, ...rest } = translated;
	return { ...rest, anyOf: oneOf };
}

/** The body schema (a top-level `$ref` resolved) with `property` required only `when` so. */
function conditionallyRequired(
	e: Engine,
	schema: Schema,
	{ property, when }: { property: string; when: { property: string; value: unknown } },
): Schema {
	const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
	const source = ref
		? (e.spec.components.schemas[ref.slice(COMPONENT_PREFIX.length)] as Schema)
		: schema;
	const translated = e.translator.translate(source, true) as Schema;
	const required = (translated.required as string[] | undefined) ?? [];
	if (!required.includes(property))
		throw new Error(`conditionallyRequired: the body schema does not require ${property}`);
	return {
		...translated,
		required: required.filter((name) => name !== property),
		if: { properties: { [when.property]: { const: when.value } }, required: [when.property] },
		then: { required: [property] },
	};
}

function objectPropertyNames(e: Engine, schema: Schema): string[] {
	const names = new Set<string>();
	const walk = (node: Schema) => {
		if (typeof node.$ref === 'string') walk(e.translator.target(node.$ref));
		if (isObject(node.properties)) Object.keys(node.properties).forEach((n) => names.add(n));
		for (const key of ['oneOf', 'anyOf', 'allOf']) {
			for (const member of (node[key] as Schema[] | undefined) ?? []) walk(member);
		}
	};
	walk(schema);
	return [...names];
}

// ------------------------------------------------------------------------------------------
// Matching

type PathMatch =
	| { kind: 'match'; template: PathTemplate; params: Record<string, string> }
	| { kind: 'none'; similar: string[] };

function matchPath(e: Engine, requestPath: string): PathMatch {
	const segments = requestPath.split('/').slice(1);
	let best: PathTemplate | undefined;
	let bestScore: number[] = [];
	for (const candidate of e.templates) {
		if (candidate.segments.length !== segments.length) continue;
		let fits = true;
		const score: number[] = [];
		candidate.segments.forEach((segment, index) => {
			if ('literal' in segment) {
				if (segment.literal !== segments[index]) fits = false;
				score.push(1);
			} else score.push(0);
		});
		if (!fits) continue;
		if (best === undefined || compareScores(score, bestScore) > 0) {
			best = candidate;
			bestScore = score;
		}
	}
	if (best === undefined) {
		const first = segments[0];
		return {
			kind: 'none',
			similar: e.templates
				.filter((t) => 'literal' in t.segments[0] && t.segments[0].literal === first)
				.map((t) => t.template)
				.slice(0, 12),
		};
	}
	const params: Record<string, string> = {};
	best.segments.forEach((segment, index) => {
		if ('param' in segment) {
			try {
				params[segment.param] = decodeURIComponent(segments[index]);
			} catch {
				params[segment.param] = segments[index];
			}
		}
	});
	return { kind: 'match', template: best, params };
}

/** Literal beats template at the first position where two candidates differ. */
function compareScores(a: number[], b: number[]): number {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
	return 0;
}

// ------------------------------------------------------------------------------------------
// Values

function coerce(value: unknown, schema: Schema | undefined): unknown {
	const type = schema?.type;
	if (typeof value !== 'string') {
		if (
			(type === 'string' || (Array.isArray(schema?.enum) && typeof schema?.enum[0] === 'string')) &&
			(typeof value === 'number' || typeof value === 'boolean')
		) {
			return String(value); // what the query string carries anyway
		}
		return value;
	}
	if (type === 'integer' && /^-?\d+$/.test(value)) return Number(value);
	if (type === 'number' && value.trim() !== '' && !Number.isNaN(Number(value)))
		return Number(value);
	if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
	return value;
}

function describeValue(value: unknown): string {
	const json = JSON.stringify(value);
	const shown =
		json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}...` : json;
	const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
	return `${type} ${shown}`;
}

function schemaOf(parameter: Parameter): Schema {
	return (parameter.schema ?? {}) as Schema;
}

function resolvedSchema(e: Engine, schema: Schema): Schema {
	return typeof schema.$ref === 'string' ? e.translator.target(schema.$ref) : schema;
}

// ------------------------------------------------------------------------------------------
// Error formatting

/** Why a value failed a oneOf/anyOf: the errors of each alternative, absolute pointers. */
interface BranchReport {
	error: ErrorObject;
	alternatives: Schema[];
	/** Per alternative: its errors (undefined when it passes). */
	results: Array<ErrorObject[] | undefined>;
}

function branchReport(e: Engine, error: ErrorObject): BranchReport {
	const alternatives = error.schema as Schema[];
	const results = alternatives.map((alternative) => {
		const validate = e.ajv.compile(alternative);
		if (validate(error.data)) return undefined;
		return (validate.errors ?? []).map((inner) => ({
			...inner,
			instancePath: `${error.instancePath}${inner.instancePath}`,
		}));
	});
	return { error, alternatives, results };
}

const signature = (err: ErrorObject) =>
	`${err.instancePath}|${err.keyword}|${JSON.stringify(err.params)}`;

/** Every property name a translated schema declares, through $ref and all compositions. */
function declaredNames(e: Engine, schema: unknown, seen = new Set<unknown>()): Set<string> {
	const names = new Set<string>();
	if (!isObject(schema) || seen.has(schema)) return names;
	seen.add(schema);
	if (isObject(schema.properties))
		Object.keys(schema.properties).forEach((name) => names.add(name));
	if (typeof schema.$ref === 'string') {
		const def = e.defs[schema.$ref.slice(`${COMPONENTS_ID}#/$defs/`.length)];
		declaredNames(e, def, seen).forEach((name) => names.add(name));
	}
	for (const key of ['allOf', 'oneOf', 'anyOf']) {
		for (const member of (schema[key] as unknown[] | undefined) ?? []) {
			declaredNames(e, member, seen).forEach((name) => names.add(name));
		}
	}
	return names;
}

/**
 * Turns ajv errors into lines "<where> <JSON pointer>: <what>".
 * - With allErrors, ajv also reports every failing alternative of a oneOf/anyOf; those are folded
 *   into one line per oneOf/anyOf naming the alternative that came closest (fewest errors).
 * - When an object fails for another reason, ajv drops the annotations of the failed part and
 *   reports its declared properties as unevaluated too; then only properties the schema declares
 *   nowhere (in any alternative) are reported as unknown.
 */
function formatErrors(
	e: Engine,
	errors: ErrorObject[] | null | undefined,
	where: string,
): string[] {
	if (!errors || errors.length === 0) return [];
	const reports = errors
		.filter((err) => err.keyword === 'oneOf' || err.keyword === 'anyOf')
		.map((err) => branchReport(e, err));
	const foldedBy = reports.map(
		(report) => new Set(report.results.flatMap((result) => (result ?? []).map(signature))),
	);
	const isFolded = (err: ErrorObject) =>
		reports.some((report, index) => report.error !== err && foldedBy[index].has(signature(err)));
	const otherErrorsUnder = (path: string) =>
		errors.some(
			(other) => other.keyword !== 'unevaluatedProperties' && isUnder(other.instancePath, path),
		);

	const lines: string[] = [];
	for (const err of errors) {
		if (isFolded(err)) continue;
		if (err.keyword === 'unevaluatedProperties' && otherErrorsUnder(err.instancePath)) {
			const name = String((err.params as Record<string, unknown>).unevaluatedProperty);
			if (declaredNames(e, err.parentSchema).has(name)) continue;
		}
		const report = reports.find((r) => r.error === err);
		const what = report ? describeBranches(e, report) : describeError(e, err);
		lines.push(`${where} ${err.instancePath || '/'}: ${what}`);
	}
	return [...new Set(lines)];
}

function isUnder(path: string, parent: string): boolean {
	return path === parent || path.startsWith(`${parent}/`);
}

function describeBranches(e: Engine, report: BranchReport): string {
	const { error, alternatives, results } = report;
	const params = error.params as Record<string, unknown>;
	if (isNullableWrapper(error) && error.data !== null) {
		// `nullable: true` translated to anyOf [null, schema]: only the schema is of interest.
		return formatErrors(e, results[1], '')
			.map((line) => line.trim().replace(/^\/\S*: /, ''))
			.join('; ');
	}
	const listed = describeAlternatives(alternatives);
	const typeOnly = results.every(
		(result) =>
			result?.length === 1 &&
			result[0].keyword === 'type' &&
			result[0].instancePath === error.instancePath,
	);
	if (typeOnly) {
		const types = results.map((result) =>
			String((result?.[0].params as Record<string, unknown>).type),
		);
		return `must be ${types.join(' or ')}, got ${describeValue(error.data)}`;
	}
	if (error.keyword === 'oneOf' && Array.isArray(params.passingSchemas)) {
		const passing = (params.passingSchemas as number[]).map((i) => `#${i + 1}`).join(' and ');
		return `matches alternatives ${passing} of a oneOf (${listed}); exactly one may match`;
	}
	// Closest alternative: first the fewest "shape" mismatches at the alternative's own level
	// (a wrong enum/const such as operator "AND" vs "=", a missing or unknown property, a wrong
	// type of the value itself), then the fewest leaf errors overall.
	const depth = (pointer: string) => pointer.split('/').length;
	const base = depth(error.instancePath);
	const shapeKeywords = [
		'enum',
		'const',
		'required',
		'unevaluatedProperties',
		'additionalProperties',
	];
	let closest: { index: number; score: [number, number] } | undefined;
	results.forEach((result, index) => {
		if (result === undefined) return;
		const mismatches = result.filter(
			(err) =>
				(shapeKeywords.includes(err.keyword) && depth(err.instancePath) <= base + 1) ||
				(err.keyword === 'type' && err.instancePath === error.instancePath),
		).length;
		const leaves = result.filter(
			(err) => err.keyword !== 'oneOf' && err.keyword !== 'anyOf',
		).length;
		const score: [number, number] = [mismatches, leaves];
		if (
			closest === undefined ||
			score[0] < closest.score[0] ||
			(score[0] === closest.score[0] && score[1] < closest.score[1])
		) {
			closest = { index, score };
		}
	});
	const chosen = closest && {
		index: closest.index,
		lines: formatErrors(e, results[closest.index], '').map((line) => line.trim()),
	};
	const head = `matches none of the ${alternatives.length} alternatives of a ${error.keyword} (${listed})`;
	return chosen ? `${head}; closest is #${chosen.index + 1}: ${chosen.lines.join('; ')}` : head;
}

function describeError(e: Engine, err: ErrorObject): string {
	const params = err.params as Record<string, unknown>;
	switch (err.keyword) {
		case 'required':
			return `missing required property "${String(params.missingProperty)}"`;
		case 'unevaluatedProperties':
			return declaredNames(e, err.parentSchema).has(String(params.unevaluatedProperty))
				? `property "${String(params.unevaluatedProperty)}" is only declared in oneOf/anyOf alternatives this object doesn't match`
				: `property "${String(params.unevaluatedProperty)}" is not in the spec's schema for this object`;
		case 'type':
			return `must be ${String(params.type).replace(/,/g, ' or ')}, got ${describeValue(err.data)}`;
		case 'enum':
			return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(err.data)}`;
		case 'readOnlyInRequest':
			return err.message ?? 'is readOnly';
		default:
			return `${err.message ?? err.keyword}${err.data !== undefined ? `, got ${describeValue(err.data)}` : ''}`;
	}
}

function isNullableWrapper(error: ErrorObject): boolean {
	const alternatives = error.schema as Schema[];
	return (
		error.keyword === 'anyOf' &&
		alternatives.length === 2 &&
		alternatives[0].type === 'null' &&
		Object.keys(alternatives[0]).length === 1
	);
}

/** An inline alternative named by its shape: "object with email", "string", "schema". */
function shapeLabel(schema: Schema): string {
	const type = Array.isArray(schema.type)
		? schema.type.join('|')
		: (schema.type as string | undefined);
	const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
	if (required.length > 0) return `${type ?? 'object'} with ${required.join(', ')}`;
	return type ?? 'schema';
}

function describeAlternatives(alternatives: Schema[]): string {
	return alternatives
		.map((alternative, index) => {
			const ref =
				typeof alternative.$ref === 'string' ? alternative.$ref.split('/').pop() : undefined;
			return `#${index + 1} ${ref ?? shapeLabel(alternative)}`;
		})
		.join(', ');
}

// ------------------------------------------------------------------------------------------
// Validation

function headerValue(headers: ContractRequest['headers'], name: string): string | undefined {
	if (!headers) return undefined;
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() === name && value !== undefined)
			return Array.isArray(value) ? value.join(', ') : String(value);
	}
	return undefined;
}

/**
 * Checks one request against the spec. Returns human-readable violations, each starting with
 * "METHOD /concrete/path" and naming the part (path, query, header, body + JSON pointer);
 * [] when the request is valid.
 */
export function validateRequest(request: ContractRequest): string[] {
	const e = getEngine();
	const method = request.method.toLowerCase();
	const [rawPath, rawQuery] = request.path.split('?', 2);
	const label = `${request.method.toUpperCase()} ${rawPath}`;
	const violations: string[] = [];

	const query: Record<string, unknown> = { ...(request.query ?? {}) };
	if (rawQuery !== undefined) {
		for (const [name, value] of new URLSearchParams(rawQuery)) {
			const existing = query[name];
			query[name] = existing === undefined ? value : ([] as unknown[]).concat(existing, value);
		}
	}

	if (!(HTTP_METHODS as readonly string[]).includes(method)) {
		return [`${label}: "${request.method}" is not an HTTP method`];
	}
	const match = matchPath(e, rawPath);
	if (match.kind === 'none') {
		const hint =
			match.similar.length > 0
				? `; paths under /${rawPath.split('/')[1]}: ${match.similar.join(', ')}`
				: '';
		return [`${label}: no path in the spec matches "${rawPath}"${hint}`];
	}
	const { template } = match;
	const operation = template.item[method as HttpMethod];
	if (operation === undefined) {
		const allowed = HTTP_METHODS.filter((m) => template.item[m]).map((m) => m.toUpperCase());
		return [
			`${label}: the spec has no ${request.method.toUpperCase()} on ${template.template} (it has ${allowed.join(', ')})`,
		];
	}
	const compiled = compileOperation(e, template, method as HttpMethod);
	const where = `${label} (${compiled.operation.operationId ?? compiled.key}, spec ${template.template})`;

	// Path parameters
	for (const [name, value] of Object.entries(match.params)) {
		const entry = compiled.path.get(name);
		if (value === '') {
			violations.push(`${where} path parameter "${name}" is empty`);
			continue;
		}
		if (entry === undefined) {
			violations.push(`${where} path parameter "${name}" is not declared by the operation`);
			continue;
		}
		const coerced = coerce(value, resolvedSchema(e, schemaOf(entry.parameter)));
		if (!entry.validate(coerced)) {
			violations.push(
				...formatErrors(e, entry.validate.errors, `${where} path parameter "${name}"`),
			);
		}
	}

	// Query parameters
	const objectKeyOwner = new Map<string, CompiledParameter>();
	for (const entry of compiled.query.values()) {
		for (const k of entry.objectKeys ?? []) objectKeyOwner.set(k, entry);
	}
	const objectValues = new Map<CompiledParameter, Record<string, unknown>>();
	for (const [name, value] of Object.entries(query)) {
		if (value === undefined) continue;
		const entry = compiled.query.get(name);
		if (entry === undefined || entry.objectKeys !== undefined) {
			const owner = objectKeyOwner.get(name);
			if (owner !== undefined) {
				const collected = objectValues.get(owner) ?? {};
				collected[name] = value;
				objectValues.set(owner, collected);
				continue;
			}
			const bracket = /^([^[]+)\[/.exec(name);
			const hint =
				bracket && compiled.query.has(bracket[1])
					? ` (did you mean "${bracket[1]}"? the spec sends arrays as ${compiled.query.get(bracket[1])?.parameter.explode === false ? `${bracket[1]}=a,b` : `${bracket[1]}=a&${bracket[1]}=b`})`
					: '';
			const known = [...compiled.query.keys(), ...objectKeyOwner.keys()].filter(
				(k) => !compiled.query.get(k)?.objectKeys,
			);
			violations.push(
				`${where} query parameter "${name}" is not in the spec${hint}; known: ${known.length > 0 ? known.join(', ') : 'none'}`,
			);
			continue;
		}
		const schema = resolvedSchema(e, schemaOf(entry.parameter));
		let candidate: unknown = value;
		if (schema.type === 'array') {
			const explode = entry.parameter.explode ?? (entry.parameter.style ?? 'form') === 'form';
			const parts = Array.isArray(value) ? value : explode ? [value] : String(value).split(',');
			if (!explode && Array.isArray(value)) {
				violations.push(
					`${where} query parameter "${name}" is repeated; the spec wants one comma-separated value (explode: false)`,
				);
			}
			const itemSchema = resolvedSchema(e, (schema.items ?? {}) as Schema);
			candidate = parts.map((part) => coerce(part, itemSchema));
		} else if (Array.isArray(value)) {
			violations.push(
				`${where} query parameter "${name}" is given ${value.length} times; the spec declares one ${String(schema.type ?? 'value')}`,
			);
			continue;
		} else {
			candidate = coerce(value, schema);
		}
		if (!entry.validate(candidate)) {
			violations.push(
				...formatErrors(e, entry.validate.errors, `${where} query parameter "${name}"`),
			);
		}
	}
	for (const [entry, collected] of objectValues) {
		const schema = resolvedSchema(e, schemaOf(entry.parameter));
		const properties = new Map<string, Schema>();
		const walk = (node: Schema) => {
			const resolved = resolvedSchema(e, node);
			for (const [k, s] of Object.entries((resolved.properties as Record<string, Schema>) ?? {}))
				properties.set(k, s);
			for (const key of ['oneOf', 'anyOf', 'allOf'])
				((resolved[key] as Schema[]) ?? []).forEach(walk);
		};
		walk(schema);
		const object = Object.fromEntries(
			Object.entries(collected).map(([k, v]) => [k, coerce(v, properties.get(k))]),
		);
		if (!entry.validate(object)) {
			violations.push(
				...formatErrors(
					e,
					entry.validate.errors,
					`${where} query parameter "${entry.parameter.name}" (exploded object)`,
				),
			);
		}
	}
	for (const entry of compiled.query.values()) {
		if (entry.parameter.required !== true) continue;
		const present = entry.objectKeys
			? objectValues.has(entry)
			: query[entry.parameter.name] !== undefined;
		if (!present) {
			violations.push(
				`${where} required query parameter "${entry.parameter.name}" is missing${entry.objectKeys ? ` (one of ${entry.objectKeys.join(', ')})` : ''}`,
			);
		}
	}

	// Headers
	const version = headerValue(request.headers, 'intercom-version');
	if (version !== undefined) {
		const validate = compiled.headers.get('intercom-version')?.validate ?? e.versionValidator;
		if (!validate(version)) {
			const allowed =
				(e.spec.components.schemas.intercom_version.enum as string[] | undefined) ?? [];
			violations.push(
				`${where} header Intercom-Version: "${version}" is not a version the spec knows (${allowed[0] ?? '?'} … ${allowed[allowed.length - 1] ?? '?'})`,
			);
		}
	}
	for (const [name, entry] of compiled.headers) {
		if (name === 'intercom-version') continue;
		const value = headerValue(request.headers, name);
		if (value === undefined) {
			if (entry.parameter.required === true)
				violations.push(`${where} required header ${entry.parameter.name} is missing`);
			continue;
		}
		if (!entry.validate(coerce(value, resolvedSchema(e, schemaOf(entry.parameter))))) {
			violations.push(
				...formatErrors(e, entry.validate.errors, `${where} header ${entry.parameter.name}`),
			);
		}
	}

	// Body
	let body = request.body;
	const hasBody = !(body === undefined || body === null || body === '');
	if (hasBody && typeof body === 'string') {
		try {
			body = JSON.parse(body);
		} catch {
			violations.push(`${where} body is not JSON: ${describeValue(body)}`);
			return violations;
		}
	}
	if (!hasBody) {
		if (compiled.bodyRequired)
			violations.push(`${where} body is missing; the spec requires a JSON body`);
	} else if (compiled.body === undefined) {
		violations.push(
			`${where} sends a body (${describeValue(body)}) but the operation has no requestBody`,
		);
	} else {
		const contentType = headerValue(request.headers, 'content-type');
		if (contentType !== undefined && !/^application\/json\b/i.test(contentType)) {
			violations.push(
				`${where} header Content-Type: "${contentType}"; the spec's requestBody is application/json`,
			);
		}
		if (compiled.extraBody.size && isObject(body)) {
			const rest: Record<string, unknown> = { ...body };
			for (const [name, validate] of compiled.extraBody) {
				if (!(name in rest)) continue;
				if (!validate(rest[name]))
					violations.push(...formatErrors(e, validate.errors, `${where} body /${name}`));
				delete rest[name];
			}
			body = rest;
		}
		if (!compiled.body(body)) {
			violations.push(...formatErrors(e, compiled.body.errors, `${where} body`));
		}
	}
	return violations;
}

/**
 * Which spec operation a concrete request hits: the path template (literal segments preferred),
 * its operationId and the decoded path parameters; undefined for an unknown path or method.
 */
export function findOperation(
	method: string,
	requestPath: string,
): { template: string; operationId?: string; params: Record<string, string> } | undefined {
	const e = getEngine();
	const match = matchPath(e, requestPath.split('?')[0]);
	if (match.kind === 'none') return undefined;
	const operation = match.template.item[method.toLowerCase() as HttpMethod];
	if (operation === undefined) return undefined;
	return {
		template: match.template.template,
		operationId: operation.operationId,
		params: match.params,
	};
}

/** Every operation in the spec as "METHOD /template" (for coverage reports). */
export function listOperations(): Array<{
	method: string;
	path: string;
	operationId?: string;
	hasBody: boolean;
}> {
	const { spec } = readSpec();
	const out: Array<{ method: string; path: string; operationId?: string; hasBody: boolean }> = [];
	for (const [template, item] of Object.entries(spec.paths)) {
		for (const method of HTTP_METHODS) {
			const operation = item[method];
			if (operation)
				out.push({
					method: method.toUpperCase(),
					path: template,
					operationId: operation.operationId,
					hasBody: operation.requestBody !== undefined,
				});
		}
	}
	return out;
}

/** Compiles every operation's validators now (for the self-test); returns how many. */
export function compileAllOperations(): number {
	const e = getEngine();
	let count = 0;
	for (const template of e.templates) {
		for (const method of HTTP_METHODS) {
			if (template.item[method]) {
				compileOperation(e, template, method);
				count++;
			}
		}
	}
	return count;
}

/**
 * Checks the translated component schemas against the JSON Schema 2019-09 meta-schema (skipped
 * at load time for speed); returns ajv's complaints, [] when all is well.
 */
export function checkTranslatedSchemas(): string[] {
	const e = getEngine();
	const checker = new Ajv2019({ strict: false, allErrors: true, logger: false });
	checker.addKeyword({ keyword: 'readOnlyInRequest', schemaType: 'boolean' });
	const valid = checker.validateSchema({ $id: `${COMPONENTS_ID}-check`, $defs: e.defs });
	return valid
		? []
		: (checker.errors ?? []).map((err) => `${err.instancePath}: ${err.message ?? err.keyword}`);
}

/** Validates a body against a named component schema (translated like request bodies). */
export function validateAgainstComponent(name: string, value: unknown): string[] {
	const e = getEngine();
	const validate = e.ajv.compile(
		e.translator.translate({ $ref: `${COMPONENT_PREFIX}${name}` }, true) as Schema,
	);
	return validate(value) ? [] : formatErrors(e, validate.errors, `schema ${name}`);
}
