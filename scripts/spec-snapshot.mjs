#!/usr/bin/env node
// `npm run spec:snapshot`: derives the facts-only snapshot of Intercom's OpenAPI description that the
// contract tests and the sandbox validate requests against, and writes it to
// sandbox/intercom-openapi-2.16.snapshot.json.
//
//   npm run spec:snapshot                               reads ../shared/intercom-openapi/api.intercom.io.yaml
//   node scripts/spec-snapshot.mjs path/to/api.yaml     another copy of the file
//   node scripts/spec-snapshot.mjs --stdout [path]      prints the snapshot instead of writing it
//
// The snapshot keeps the structure only: paths, methods, operationIds, parameters (name, place,
// required, style, explode, schema), request bodies and responses (per status and content type,
// response header schemas) and the component schemas and responses they reference, with their types,
// formats, enums, bounds, required lists, nullable, readOnly, additionalProperties and
// oneOf/anyOf/allOf. Descriptions, summaries, titles, examples, defaults, tags, externalDocs,
// discriminators and x-* extensions are left out. A key the derivation does not know stops it
// with an error, so a new spec version is looked at before its snapshot is committed.
//
// The output is deterministic: names (paths, properties, schemas, statuses) in the spec's order,
// keywords sorted, one line per operation and per component.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SPEC = path.resolve(ROOT, '../shared/intercom-openapi/api.intercom.io.yaml');
export const SNAPSHOT_FILE = path.join(ROOT, 'sandbox/intercom-openapi-2.16.snapshot.json');

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const COMPONENT_SCHEMA = '#/components/schemas/';
const COMPONENT_RESPONSE = '#/components/responses/';

/** Schema keywords kept as they are. */
const SCHEMA_VALUES = new Set([
	'type',
	'format',
	'enum',
	'const',
	'required',
	'nullable',
	'readOnly',
	'writeOnly',
	'minimum',
	'maximum',
	'exclusiveMinimum',
	'exclusiveMaximum',
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
/** Schema keywords holding a schema, a list of schemas or a map of schemas. */
const SCHEMA_ONE = new Set(['items', 'not']);
const SCHEMA_LIST = new Set(['allOf', 'oneOf', 'anyOf']);
const SCHEMA_MAP = new Set(['properties', 'patternProperties']);
/** Documentation, left out (discriminator only annotates the oneOf it sits on, which is kept). */
const PROSE = new Set([
	'description',
	'summary',
	'title',
	'example',
	'examples',
	'default',
	'deprecated',
	'externalDocs',
	'xml',
	'discriminator',
	'tags',
]);

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const dropped = (key) => PROSE.has(key) || key.startsWith('x-');

function unknownKey(where, key) {
	throw new Error(
		`spec-snapshot: unknown key "${key}" at ${where}; decide whether it is structure (keep) or prose (drop)`,
	);
}

/** A schema with the keywords sorted and the documentation left out. */
function schema(node, where, refs) {
	if (typeof node === 'boolean') return node;
	if (!isObject(node)) throw new Error(`spec-snapshot: not a schema at ${where}`);
	const out = {};
	for (const key of Object.keys(node).sort()) {
		const value = node[key];
		if (key === '$ref') {
			if (typeof value !== 'string' || !value.startsWith(COMPONENT_SCHEMA))
				throw new Error(`spec-snapshot: unsupported $ref ${value} at ${where}`);
			refs.add(value.slice(COMPONENT_SCHEMA.length));
			out.$ref = value;
		} else if (SCHEMA_VALUES.has(key)) out[key] = value;
		else if (SCHEMA_ONE.has(key)) out[key] = schema(value, `${where}/${key}`, refs);
		else if (key === 'additionalProperties')
			out[key] = typeof value === 'boolean' ? value : schema(value, `${where}/${key}`, refs);
		else if (SCHEMA_LIST.has(key))
			out[key] = value.map((member, i) => schema(member, `${where}/${key}/${i}`, refs));
		else if (SCHEMA_MAP.has(key)) {
			// Property names in the spec's order.
			out[key] = Object.fromEntries(
				Object.entries(value).map(([name, member]) => [
					name,
					schema(member, `${where}/${key}/${name}`, refs),
				]),
			);
		} else if (!dropped(key)) unknownKey(where, key);
	}
	return out;
}

function parameter(node, where, refs) {
	if (node.$ref !== undefined)
		throw new Error(`spec-snapshot: parameter $ref at ${where} is not supported`);
	const out = {};
	for (const key of Object.keys(node).sort()) {
		if (
			['name', 'in', 'required', 'style', 'explode', 'allowEmptyValue', 'allowReserved'].includes(
				key,
			)
		)
			out[key] = node[key];
		else if (key === 'schema') out.schema = schema(node.schema, `${where}/schema`, refs);
		else if (!dropped(key)) unknownKey(where, key);
	}
	return out;
}

function content(node, where, refs) {
	const out = {};
	for (const [type, media] of Object.entries(node)) {
		const entry = {};
		for (const key of Object.keys(media).sort()) {
			if (key === 'schema') entry.schema = schema(media.schema, `${where}/${type}/schema`, refs);
			else if (!dropped(key)) unknownKey(`${where}/${type}`, key);
		}
		out[type] = entry;
	}
	return out;
}

function response(node, where, refs, responseRefs) {
	const out = {};
	for (const key of Object.keys(node).sort()) {
		const value = node[key];
		if (key === '$ref') {
			if (!value.startsWith(COMPONENT_RESPONSE))
				throw new Error(`spec-snapshot: unsupported $ref ${value} at ${where}`);
			responseRefs.add(value.slice(COMPONENT_RESPONSE.length));
			out.$ref = value;
		} else if (key === 'content') out.content = content(value, `${where}/content`, refs);
		else if (key === 'headers') {
			out.headers = {};
			for (const [name, header] of Object.entries(value)) {
				const entry = {};
				for (const headerKey of Object.keys(header).sort()) {
					if (headerKey === 'required') entry.required = header.required;
					else if (headerKey === 'schema')
						entry.schema = schema(header.schema, `${where}/headers/${name}/schema`, refs);
					else if (!dropped(headerKey)) unknownKey(`${where}/headers/${name}`, headerKey);
				}
				out.headers[name] = entry;
			}
		} else if (!dropped(key)) unknownKey(where, key);
	}
	return out;
}

function operation(node, where, refs, responseRefs) {
	const out = {};
	for (const key of Object.keys(node).sort()) {
		const value = node[key];
		if (key === 'operationId') out.operationId = value;
		else if (key === 'parameters')
			out.parameters = value.map((p, i) => parameter(p, `${where}/parameters/${i}`, refs));
		else if (key === 'requestBody') {
			const body = {};
			for (const bodyKey of Object.keys(value).sort()) {
				if (bodyKey === 'required') body.required = value.required;
				else if (bodyKey === 'content')
					body.content = content(value.content, `${where}/requestBody/content`, refs);
				else if (!dropped(bodyKey)) unknownKey(`${where}/requestBody`, bodyKey);
			}
			out.requestBody = body;
		} else if (key === 'responses') {
			out.responses = Object.fromEntries(
				Object.entries(value).map(([status, r]) => [
					status,
					response(r, `${where}/responses/${status}`, refs, responseRefs),
				]),
			);
		} else if (key === 'security') out.security = value;
		else if (!dropped(key)) unknownKey(where, key);
	}
	return out;
}

/** The facts-only snapshot of a parsed OpenAPI 3.0 description. */
export function deriveSnapshot(spec) {
	const refs = new Set();
	const responseRefs = new Set();
	const paths = {};
	for (const [template, item] of Object.entries(spec.paths)) {
		const out = {};
		for (const key of Object.keys(item)) {
			if (key === 'parameters')
				out.parameters = item.parameters.map((p, i) =>
					parameter(p, `${template}/parameters/${i}`, refs),
				);
			else if (!HTTP_METHODS.includes(key) && !dropped(key)) unknownKey(template, key);
		}
		for (const method of HTTP_METHODS) {
			if (item[method])
				out[method] = operation(
					item[method],
					`${method.toUpperCase()} ${template}`,
					refs,
					responseRefs,
				);
		}
		paths[template] = out;
	}

	const responses = {};
	for (const name of Object.keys(spec.components.responses ?? {})) {
		if (responseRefs.has(name))
			responses[name] = response(
				spec.components.responses[name],
				`components/responses/${name}`,
				refs,
				responseRefs,
			);
	}
	// The component schemas the paths reach, directly or through other schemas, in the spec's order.
	const schemas = {};
	const pending = [...refs];
	const reached = new Set(refs);
	while (pending.length > 0) {
		const name = pending.pop();
		const source = spec.components.schemas[name];
		if (source === undefined)
			throw new Error(`spec-snapshot: unresolvable $ref ${COMPONENT_SCHEMA}${name}`);
		const found = new Set();
		schemas[name] = schema(source, `components/schemas/${name}`, found);
		for (const next of found) {
			if (!reached.has(next)) {
				reached.add(next);
				pending.push(next);
			}
		}
	}
	const ordered = Object.fromEntries(
		Object.keys(spec.components.schemas)
			.filter((name) => name in schemas)
			.map((name) => [name, schemas[name]]),
	);

	return {
		$comment:
			"Facts-only snapshot of Intercom's OpenAPI description (api.intercom.io.yaml, https://github.com/intercom/Intercom-OpenAPI, MIT licence): structure without descriptions or examples. Generated by scripts/spec-snapshot.mjs (npm run spec:snapshot); do not edit.",
		openapi: spec.openapi,
		info: { version: spec.info.version },
		paths,
		components: { responses, schemas: ordered },
	};
}

/**
 * JSON with tabs for the first levels (the file, paths, path items, components) and one compact
 * line per operation, component schema and component response.
 */
export function formatSnapshot(snapshot) {
	const write = (value, depth, compactAt) => {
		if (!isObject(value) || depth >= compactAt) return JSON.stringify(value);
		const indent = '\t'.repeat(depth + 1);
		const entries = Object.entries(value).map(([key, member]) => {
			const next = depth === 0 && key === 'paths' ? 3 : compactAt;
			return `${indent}${JSON.stringify(key)}: ${write(member, depth + 1, next)}`;
		});
		return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${'\t'.repeat(depth)}}`;
	};
	return `${write(snapshot, 0, 3)}\n`;
}

/** Reads and parses an OpenAPI YAML file as the contract tests always have. */
export function readSpecFile(file = DEFAULT_SPEC) {
	return parseYaml(readFileSync(file, 'utf8'), { uniqueKeys: false, merge: false, schema: 'core' });
}

/** The snapshot text of an OpenAPI YAML file. */
export function snapshotText(file = DEFAULT_SPEC) {
	return formatSnapshot(deriveSnapshot(readSpecFile(file)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const toStdout = args.includes('--stdout');
	const file = args.find((a) => !a.startsWith('--')) ?? DEFAULT_SPEC;
	const text = snapshotText(file);
	if (toStdout) process.stdout.write(text);
	else {
		writeFileSync(SNAPSHOT_FILE, text);
		const snapshot = JSON.parse(text);
		const operations = Object.values(snapshot.paths).reduce(
			(n, item) => n + HTTP_METHODS.filter((m) => item[m]).length,
			0,
		);
		console.log(
			`${path.relative(process.cwd(), SNAPSHOT_FILE)}: ${operations} operations, ${Object.keys(snapshot.components.schemas).length} schemas, ${(text.length / 1024).toFixed(0)} KB`,
		);
	}
}
