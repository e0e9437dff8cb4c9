/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test-only: reads ../shared beside the project; runs scripts/spec-snapshot.mjs in a child process (node:child_process, process.execPath) */
/**
 * The committed snapshot of Intercom's OpenAPI description (intercom-openapi-2.16.snapshot.json),
 * which every contract check and the sandbox validate against.
 *
 * - It is always checked for form: structure only (no descriptions, titles, examples), every $ref
 *   resolves, every operation has a unique operationId and declares its path parameters.
 * - When ../shared/intercom-openapi/api.intercom.io.yaml is there (always in CI), it must be exactly
 *   what scripts/spec-snapshot.mjs derives from that file (`npm run spec:snapshot` rewrites it), and
 *   the file's own request examples are validated against the snapshot.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { parse as parseYaml } from 'yaml';

import { SNAPSHOT_PATH, listOperations, validateRequest } from '../../sandbox/openapi';

const SPEC_FILE = path.resolve(__dirname, '../../../shared/intercom-openapi/api.intercom.io.yaml');
const SCRIPT = path.resolve(__dirname, '../../scripts/spec-snapshot.mjs');
const specPresent = fs.existsSync(SPEC_FILE);
const committed = fs.readFileSync(SNAPSHOT_PATH, 'utf8');

/** Runs scripts/spec-snapshot.mjs --stdout on an OpenAPI file: the snapshot text it derives. */
async function deriveWithScript(file: string): Promise<string> {
	const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, '--stdout', file], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return stdout;
}

type Node = Record<string, unknown>;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const isObject = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const SCHEMA_KEYS = new Set([
	'$ref',
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
	'items',
	'not',
	'additionalProperties',
	'allOf',
	'oneOf',
	'anyOf',
	'properties',
	'patternProperties',
]);
const OPERATION_KEYS = new Set([
	'operationId',
	'parameters',
	'requestBody',
	'responses',
	'security',
]);
const PARAMETER_KEYS = new Set([
	'name',
	'in',
	'required',
	'style',
	'explode',
	'allowEmptyValue',
	'allowReserved',
	'schema',
]);

/** What is wrong with a snapshot's form; [] when it is well formed. */
function problemsOf(snapshot: Node): string[] {
	const problems: string[] = [];
	const components = snapshot.components as { schemas?: Node; responses?: Node } | undefined;
	const schemas = components?.schemas ?? {};
	const responses = components?.responses ?? {};
	const unexpected = (where: string, node: Node, allowed: Set<string>) => {
		for (const key of Object.keys(node))
			if (!allowed.has(key)) problems.push(`${where}: unexpected key "${key}"`);
	};
	const schema = (node: unknown, where: string): void => {
		if (typeof node === 'boolean') return;
		if (!isObject(node)) return void problems.push(`${where}: not a schema`);
		unexpected(where, node, SCHEMA_KEYS);
		if (typeof node.$ref === 'string') {
			const name = node.$ref.replace(/^#\/components\/schemas\//, '');
			if (name === node.$ref || !(name in schemas))
				problems.push(`${where}: $ref ${node.$ref} does not resolve`);
		}
		for (const key of ['items', 'not', 'additionalProperties'])
			if (key in node) schema(node[key], `${where}/${key}`);
		for (const key of ['allOf', 'oneOf', 'anyOf']) {
			if (key in node)
				(node[key] as unknown[]).forEach((member, i) => schema(member, `${where}/${key}/${i}`));
		}
		for (const key of ['properties', 'patternProperties']) {
			if (isObject(node[key]))
				for (const [name, member] of Object.entries(node[key]))
					schema(member, `${where}/${key}/${name}`);
		}
	};
	const content = (node: unknown, where: string) => {
		for (const [type, media] of Object.entries(node as Node)) {
			unexpected(`${where}/${type}`, media as Node, new Set(['schema']));
			if ((media as Node).schema !== undefined)
				schema((media as Node).schema, `${where}/${type}/schema`);
		}
	};
	const response = (node: Node, where: string) => {
		unexpected(where, node, new Set(['$ref', 'content', 'headers']));
		if (
			typeof node.$ref === 'string' &&
			!(node.$ref.replace(/^#\/components\/responses\//, '') in responses)
		) {
			problems.push(`${where}: $ref ${node.$ref} does not resolve`);
		}
		if (node.content !== undefined) content(node.content, `${where}/content`);
		for (const [name, header] of Object.entries((node.headers as Node | undefined) ?? {})) {
			unexpected(`${where}/headers/${name}`, header as Node, new Set(['required', 'schema']));
			schema((header as Node).schema, `${where}/headers/${name}/schema`);
		}
	};

	unexpected('snapshot', snapshot, new Set(['$comment', 'openapi', 'info', 'paths', 'components']));
	if (snapshot.openapi !== '3.0.1')
		problems.push(`openapi is ${String(snapshot.openapi)}, not 3.0.1`);
	if ((snapshot.info as Node | undefined)?.version !== '2.16')
		problems.push('info.version is not 2.16');
	const operationIds = new Set<string>();
	for (const [template, item] of Object.entries((snapshot.paths as Node | undefined) ?? {})) {
		const pathItem = item as Node;
		unexpected(template, pathItem, new Set([...HTTP_METHODS, 'parameters']));
		const methods = HTTP_METHODS.filter((method) => pathItem[method] !== undefined);
		if (methods.length === 0) problems.push(`${template}: no operation`);
		for (const method of methods) {
			const where = `${method.toUpperCase()} ${template}`;
			const operation = pathItem[method] as Node;
			unexpected(where, operation, OPERATION_KEYS);
			const id = operation.operationId;
			if (typeof id !== 'string' || id === '') problems.push(`${where}: no operationId`);
			else if (operationIds.has(id)) problems.push(`${where}: operationId ${id} is used twice`);
			else operationIds.add(id);
			const parameters = [
				...((pathItem.parameters as Node[] | undefined) ?? []),
				...((operation.parameters as Node[] | undefined) ?? []),
			];
			parameters.forEach((parameter, i) => {
				unexpected(`${where} parameter ${i}`, parameter, PARAMETER_KEYS);
				if (!['path', 'query', 'header', 'cookie'].includes(parameter.in as string))
					problems.push(`${where} parameter ${i}: in is ${String(parameter.in)}`);
				schema(parameter.schema ?? {}, `${where} parameter ${String(parameter.name)}`);
			});
			for (const [, name] of template.matchAll(/\{([^}]+)\}/g)) {
				if (!parameters.some((p) => p.in === 'path' && p.name === name && p.required === true)) {
					problems.push(`${where}: path parameter ${name} is not declared as required`);
				}
			}
			const body = operation.requestBody as Node | undefined;
			if (body !== undefined) {
				unexpected(`${where} requestBody`, body, new Set(['required', 'content']));
				content(body.content ?? {}, `${where} requestBody`);
			}
			const answers = Object.entries((operation.responses as Node | undefined) ?? {});
			if (answers.length === 0) problems.push(`${where}: no responses`);
			for (const [status, answer] of answers) response(answer as Node, `${where} ${status}`);
		}
	}
	for (const [name, node] of Object.entries(schemas)) schema(node, `components/schemas/${name}`);
	for (const [name, node] of Object.entries(responses))
		response(node as Node, `components/responses/${name}`);
	return problems;
}

/**
 * What the check above finds in Intercom's 2.16 description itself: four reporting-data operations
 * without an operationId, two of them taking the `{job_identifier}` of their path as a query
 * parameter. Pinned, so the check stays exact.
 */
const SPEC_QUIRKS = [
	'POST /export/reporting_data/enqueue: no operationId',
	'GET /export/reporting_data/{job_identifier}: no operationId',
	'GET /export/reporting_data/{job_identifier}: path parameter job_identifier is not declared as required',
	'GET /export/reporting_data/get_datasets: no operationId',
	'GET /download/reporting_data/{job_identifier}: no operationId',
	'GET /download/reporting_data/{job_identifier}: path parameter job_identifier is not declared as required',
];

/** The request-body examples an OpenAPI file gives, in the file's order. */
function requestExamples(
	spec: Node,
): Array<{ method: string; path: string; name: string; value: unknown }> {
	const out: Array<{ method: string; path: string; name: string; value: unknown }> = [];
	for (const [template, item] of Object.entries(spec.paths as Node)) {
		for (const method of HTTP_METHODS) {
			const operation = (item as Node)[method] as { requestBody?: { content?: Node } } | undefined;
			const json = operation?.requestBody?.content?.['application/json'] as
				| { examples?: Record<string, { value?: unknown }>; example?: unknown }
				| undefined;
			if (!json) continue;
			for (const [name, example] of Object.entries(json.examples ?? {})) {
				out.push({ method: method.toUpperCase(), path: template, name, value: example.value });
			}
			if (json.example !== undefined)
				out.push({
					method: method.toUpperCase(),
					path: template,
					name: 'example',
					value: json.example,
				});
		}
	}
	return out;
}

/**
 * The spec's own request examples, checked with its own schemas. These examples disagree with
 * their schemas (mostly numeric ids where the schema says string, old message formats, and
 * deliberately bad `bad_request` examples). Pinned so a change of validator or spec shows up here.
 */
const EXAMPLES_DISAGREEING_WITH_THEIR_SCHEMA = [
	'POST /articles [bad_request]',
	'POST /fin/start [Request with attachments]',
	'POST /help_center/collections [bad_request]',
	'POST /internal_articles [internal_article_created]',
	'POST /internal_articles [bad_request]',
	'POST /companies [bad_request]',
	'PUT /companies/{company_id} [bad_request]',
	'POST /contacts/{contact_id}/notes [successful_response]',
	'POST /contacts/{contact_id}/notes [admin_not_found]',
	'POST /contacts/{contact_id}/notes [contact_not_found]',
	'POST /contacts/{contact_id}/subscriptions [successful]',
	'POST /contacts/{contact_id}/subscriptions [contact_not_found]',
	'POST /contacts/{contact_id}/tags [successful]',
	'POST /contacts/{contact_id}/tags [contact_not_found]',
	'POST /conversations/{conversation_id}/tags [successful]',
	'POST /conversations/{conversation_id}/tags [conversation_not_found]',
	'DELETE /conversations/{conversation_id}/tags/{tag_id} [successful]',
	'DELETE /conversations/{conversation_id}/tags/{tag_id} [conversation_not_found]',
	'DELETE /conversations/{conversation_id}/tags/{tag_id} [tag_not_found]',
	'POST /conversations [contact_not_found]',
	'PUT /conversations/{conversation_id} [update_a_conversation_with_an_association_to_a_custom_object_instance]',
	'POST /conversations/{conversation_id}/reply [admin_note_reply]',
	'POST /conversations/{conversation_id}/reply [admin_quick_reply_reply]',
	'POST /conversations/{conversation_id}/reply [contact_quick_reply_reply]',
	'POST /conversations/{conversation_id}/parts [close_a_conversation]',
	'POST /conversations/{conversation_id}/parts [snooze_a_conversation]',
	'POST /conversations/{conversation_id}/parts [open_a_conversation]',
	'POST /conversations/{conversation_id}/parts [assign_a_conversation]',
	'POST /conversations/{conversation_id}/parts [not_found]',
	'POST /conversations/{conversation_id}/customers [attach_a_contact_to_a_conversation]',
	'POST /conversations/{conversation_id}/customers [not_found]',
	'DELETE /conversations/{conversation_id}/customers/{contact_id} [detach_a_contact_from_a_group_conversation]',
	'DELETE /conversations/{conversation_id}/customers/{contact_id} [conversation_not_found]',
	'DELETE /conversations/{conversation_id}/customers/{contact_id} [contact_not_found]',
	'DELETE /conversations/{conversation_id}/customers/{contact_id} [last_customer]',
	'POST /conversations/redact [redact_a_conversation_part]',
	'POST /data_attributes [invalid_data_type]',
	'POST /data_attributes [too_few_options_for_list]',
	'PUT /data_attributes/{data_attribute_id} [too_few_options_in_list]',
	'POST /messages [user_message_created]',
	'POST /messages [lead_message_created]',
	'POST /messages [admin_message_created]',
	'POST /messages [admin_whatsapp_message_created]',
	'POST /messages [no_body_supplied_for_message]',
	'POST /messages [no_subject_supplied_for_email_message]',
	'POST /messages [no_body_supplied_for_email_message]',
	'POST /tags [invalid_parameters]',
	'POST /tickets/{ticket_id}/reply [admin_note_reply]',
	'POST /tickets/{ticket_id}/reply [admin_note_cross_post_reply]',
	'POST /tickets/{ticket_id}/reply [admin_quick_reply_reply]',
	'POST /tickets/{ticket_id}/tags [successful]',
	'POST /tickets/{ticket_id}/tags [ticket_not_found]',
	'DELETE /tickets/{ticket_id}/tags/{tag_id} [successful]',
	'DELETE /tickets/{ticket_id}/tags/{tag_id} [ticket_not_found]',
	'DELETE /tickets/{ticket_id}/tags/{tag_id} [tag_not_found]',
	'POST /tickets [successful_response]',
	'POST /tickets/enqueue [successful_response]',
	'PUT /tickets/{ticket_id} [successful_response]',
	'PUT /tickets/{ticket_id} [admin_not_found]',
	'PUT /tickets/{ticket_id} [assignee_not_found]',
	'PUT /tickets/{ticket_id} [ticket_state_id_is_not_valid_or_is_not_associated_with_the_ticket_type]',
	'POST /visitors/convert [successful]',
];

describe('the OpenAPI snapshot (sandbox/intercom-openapi-2.16.snapshot.json)', () => {
	it(`is well formed, and is what scripts/spec-snapshot.mjs derives from ../shared's api.intercom.io.yaml (${specPresent ? 'present: compared' : 'absent here: form only'})`, async () => {
		const snapshot = JSON.parse(committed) as Node;
		expect(problemsOf(snapshot)).toEqual(SPEC_QUIRKS);
		expect(listOperations()).toHaveLength(231);
		expect(committed).toMatch(/^\{\n\t"\$comment": "Facts-only snapshot .*MIT licence/);
		if (specPresent) {
			const derived = await deriveWithScript(SPEC_FILE);
			expect(JSON.parse(derived)).toEqual(snapshot);
			expect(derived).toBe(committed); // byte for byte: regenerate with `npm run spec:snapshot`
		}
	});

	it('finds what a snapshot must not hold: prose, unresolved references, undeclared path parameters', () => {
		const broken = JSON.parse(committed) as {
			paths: Record<string, Record<string, Node>>;
			components: { schemas: Record<string, Node> };
		};
		broken.paths['/contacts'].post.summary = 'Create a contact';
		broken.components.schemas.contact.description = 'A contact';
		broken.components.schemas.contact.properties = {
			...(broken.components.schemas.contact.properties as Node),
			x: { $ref: '#/components/schemas/nope' },
		};
		broken.paths['/contacts/{contact_id}'].get.parameters = [];
		expect(
			problemsOf(broken as unknown as Node).filter((problem) => !SPEC_QUIRKS.includes(problem)),
		).toEqual([
			'GET /contacts/{contact_id}: path parameter contact_id is not declared as required',
			'POST /contacts: unexpected key "summary"',
			'components/schemas/contact: unexpected key "description"',
			'components/schemas/contact/properties/x: $ref #/components/schemas/nope does not resolve',
		]);
	});

	it('scripts/spec-snapshot.mjs keeps the structure, leaves the prose out and stops at a key it does not know', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-snapshot-'));
		const run = async (yaml: string) => {
			const file = path.join(dir, 'spec.yaml');
			fs.writeFileSync(file, yaml);
			return await deriveWithScript(file);
		};
		const spec = (operationExtra: string) => `openapi: 3.0.1
info: { title: Demo, version: '2.16', description: A demo }
tags: [{ name: Things, description: All about things }]
paths:
  /things/{id}:
    get:
      summary: Get a thing
      description: Long prose
      operationId: getThing
      tags: [Things]
      x-fern-sdk-method-name: get
      parameters:
        - { name: id, in: path, required: true, description: The id, example: '1', schema: { type: string } }
      responses:
        '200':
          description: OK
          content:
            application/json:
              examples: { ok: { value: { id: '1' } } }
              schema: { $ref: '#/components/schemas/thing' }
${operationExtra}components:
  schemas:
    thing:
      title: Thing
      type: object
      description: A thing
      x-tags: [Things]
      nullable: true
      properties:
        id: { type: string, example: '1', description: The id }
        description: { type: string, enum: [a, b], default: a }
        kind: { oneOf: [{ $ref: '#/components/schemas/part' }], discriminator: { propertyName: type } }
      required: [id]
    part: { type: object, additionalProperties: false, properties: { type: { type: string } } }
    unused: { type: string }
`;
		try {
			expect(JSON.parse(await run(spec('')))).toEqual({
				$comment: expect.stringContaining('Facts-only snapshot'),
				openapi: '3.0.1',
				info: { version: '2.16' },
				paths: {
					'/things/{id}': {
						get: {
							operationId: 'getThing',
							parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
							responses: {
								'200': {
									content: {
										'application/json': { schema: { $ref: '#/components/schemas/thing' } },
									},
								},
							},
						},
					},
				},
				components: {
					responses: {},
					schemas: {
						thing: {
							nullable: true,
							properties: {
								id: { type: 'string' },
								description: { enum: ['a', 'b'], type: 'string' },
								kind: { oneOf: [{ $ref: '#/components/schemas/part' }] },
							},
							required: ['id'],
							type: 'object',
						},
						part: {
							additionalProperties: false,
							properties: { type: { type: 'string' } },
							type: 'object',
						},
					},
				},
			});
			await expect(run(spec('      callbacks: {}\n'))).rejects.toThrow(
				/unknown key "callbacks" at GET \/things\/\{id\}/,
			);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it(`the spec's own request examples pass, except the pinned ones (${specPresent ? 'read from ../shared' : 'absent here: the pinned list checked against the snapshot'})`, () => {
		const withBody = new Set(
			listOperations()
				.filter((o) => o.hasBody)
				.map((o) => `${o.method} ${o.path}`),
		);
		const pinnedOperations = EXAMPLES_DISAGREEING_WITH_THEIR_SCHEMA.map((entry) =>
			entry.replace(/ \[.*\]$/, ''),
		);
		expect(pinnedOperations.filter((operation) => !withBody.has(operation))).toEqual([]);
		expect(new Set(EXAMPLES_DISAGREEING_WITH_THEIR_SCHEMA).size).toBe(
			EXAMPLES_DISAGREEING_WITH_THEIR_SCHEMA.length,
		);
		if (specPresent) {
			const spec = parseYaml(fs.readFileSync(SPEC_FILE, 'utf8'), {
				uniqueKeys: false,
				merge: false,
				schema: 'core',
			}) as Node;
			const examples = requestExamples(spec);
			const failing = examples
				.filter(
					(example) =>
						validateRequest({
							method: example.method,
							path: example.path.replace(/\{[^}]+\}/g, '123'),
							body: example.value,
						}).length > 0,
				)
				.map((example) => `${example.method} ${example.path} [${example.name}]`);
			expect(examples).toHaveLength(174);
			expect(failing).toEqual(EXAMPLES_DISAGREEING_WITH_THEIR_SCHEMA);
		}
	});
});
