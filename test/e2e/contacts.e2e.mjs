// Contacts through a real n8n 2.41.0 against the sandbox: create → get → update → search → archive →
// delete, an unknown contact failing the workflow with our message, Continue On Fail keeping every
// item, and the credential test through n8n's REST API. Run by `npm test` (node --test).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import {
	BAD_CREDENTIAL,
	CREDENTIAL,
	EXAMPLES_DIR,
	byId,
	errorOf,
	intercomNode,
	outputOf,
	useE2E,
	waitForWebhook,
	workflow,
} from './lib.mjs';

const EMAIL = 'e2e.ada@example.com';

const workflows = {
	create: workflow('e2eContactCreate', 'E2E contact create', [
		intercomNode('Create Contact', {
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: EMAIL,
			additionalFields: {
				name: 'Ada Lovelace',
				externalId: 'e2e-ada',
				customAttributesUi: { attribute: [{ name: 'plan', type: 'string', value: 'Pro' }] },
			},
		}),
	]),
	getAndUpdate: workflow('e2eContactUpdate', 'E2E contact get and update', [
		intercomNode('Find', {
			resource: 'contact',
			operation: 'getByExternalId',
			externalId: 'e2e-ada',
		}),
		intercomNode('Get', {
			resource: 'contact',
			operation: 'get',
			contactId: byId('={{ $json.id }}'),
			simple: false,
		}),
		intercomNode('Update', {
			resource: 'contact',
			operation: 'update',
			contactId: byId('={{ $json.id }}'),
			updateFields: { name: 'Ada King', customAttributesJson: '{ "seats": 12 }' },
		}),
	]),
	search: workflow('e2eContactSearch', 'E2E contact search', [
		intercomNode('Search', {
			resource: 'contact',
			operation: 'search',
			queryType: 'filters',
			combinator: 'AND',
			filters: {
				conditions: [
					{ field: 'email', operator: 'equals', value: EMAIL },
					{
						field: 'custom_attribute',
						customField: 'seats',
						customType: 'integer',
						operator: 'gte',
						value: '10',
					},
				],
			},
			returnAll: true,
			simple: true,
		}),
	]),
	archiveAndDelete: workflow('e2eContactDelete', 'E2E contact archive and delete', [
		intercomNode('Find', {
			resource: 'contact',
			operation: 'getByExternalId',
			externalId: 'e2e-ada',
		}),
		intercomNode('Archive', {
			resource: 'contact',
			operation: 'archive',
			contactId: byId('={{ $json.id }}'),
		}),
		intercomNode('Delete', {
			resource: 'contact',
			operation: 'delete',
			contactId: byId('={{ $json.id }}'),
		}),
	]),
	unknown: workflow('e2eContactUnknwn', 'E2E unknown contact', [
		intercomNode('Get Unknown', {
			resource: 'contact',
			operation: 'get',
			contactId: byId('5a00000000000000deadbeef'),
		}),
	]),
	continueOnFail: workflow('e2eContactCoFail', 'E2E continue on fail', [
		intercomNode('List', {
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 3,
			simple: true,
		}),
		intercomNode(
			'Get Each',
			{
				resource: 'contact',
				operation: 'get',
				contactId: byId('={{ $itemIndex === 1 ? "5a0000000000000000000bad" : $json.id }}'),
			},
			{ onError: 'continueRegularOutput' },
		),
	]),
	wrongToken: workflow('e2eContactBadTok', 'E2E wrong token', [
		intercomNode(
			'Get With Wrong Token',
			{ resource: 'contact', operation: 'getAll', returnAll: false, limit: 1 },
			{ credential: BAD_CREDENTIAL },
		),
	]),
};

describe('contacts through a real n8n', { concurrency: false }, () => {
	const env = useE2E('contacts', Object.values(workflows), [EXAMPLES_DIR]);
	let e2e;
	before(async () => {
		e2e = env();
		// As `npm run dev` does: the trigger example is published before n8n starts.
		await e2e.publish('ExIntercomTrig01');
	});

	let contactId;

	it('creates a contact', async () => {
		const run = await e2e.execute(workflows.create.id);
		assert.equal(run.code, 0, run.stderr);
		const [created] = outputOf(run.result, 'Create Contact');
		assert.equal(created.email, EMAIL);
		assert.equal(created.name, 'Ada Lovelace');
		assert.equal(created.external_id, 'e2e-ada');
		assert.deepEqual(created.custom_attributes, { plan: 'Pro' });
		contactId = created.id;
		const stored = e2e.sandbox.snapshot().contacts.find((c) => c.id === contactId);
		assert.equal(stored.email, EMAIL, 'the sandbox holds the created contact');
	});

	it('finds it by external ID, gets it and updates it in the next workflow', async () => {
		const run = await e2e.execute(workflows.getAndUpdate.id);
		assert.equal(run.code, 0, run.stderr);
		assert.equal(outputOf(run.result, 'Get')[0].id, contactId);
		const [updated] = outputOf(run.result, 'Update');
		assert.equal(updated.name, 'Ada King');
		assert.deepEqual(updated.custom_attributes, { plan: 'Pro', seats: 12 });
		const stored = e2e.sandbox.snapshot().contacts.find((c) => c.id === contactId);
		assert.equal(stored.name, 'Ada King');
	});

	it('searches it with the filter builder', async () => {
		e2e.sandbox.seed({
			contacts: [{ role: 'user', email: 'other@example.com', custom_attributes: { seats: 50 } }],
		});
		const run = await e2e.execute(workflows.search.id);
		assert.equal(run.code, 0, run.stderr);
		const found = outputOf(run.result, 'Search');
		assert.deepEqual(
			found.map((c) => [c.id, c.name, c.email]),
			[[contactId, 'Ada King', EMAIL]],
		);
		const search = e2e.sandbox.requests.filter((r) => r.path === '/contacts/search').at(-1);
		assert.deepEqual(search.body.query, {
			operator: 'AND',
			value: [
				{ field: 'email', operator: '=', value: EMAIL },
				{ field: 'custom_attributes.seats', operator: '>=', value: 10 },
			],
		});
	});

	it('archives and deletes it', async () => {
		const run = await e2e.execute(workflows.archiveAndDelete.id);
		assert.equal(run.code, 0, run.stderr);
		assert.deepEqual(outputOf(run.result, 'Archive'), [
			{ id: contactId, external_id: 'e2e-ada', type: 'contact', archived: true },
		]);
		assert.deepEqual(outputOf(run.result, 'Delete'), [
			{ id: contactId, external_id: 'e2e-ada', type: 'contact', deleted: true },
		]);
		assert.equal(
			e2e.sandbox.snapshot().contacts.find((c) => c.id === contactId),
			undefined,
			'gone from the sandbox',
		);
	});

	it('fails the workflow with a clear message for an unknown contact', async () => {
		const run = await e2e.execute(workflows.unknown.id);
		assert.equal(run.code, 1, 'n8n execute exits 1 when a node fails');
		const error = errorOf(run.result);
		assert.ok(error, `an error is reported:\n${run.stdout.slice(-1500)}`);
		assert.match(error.message, /not found|404/i);
		assert.match(JSON.stringify(error), /User Not Found/);
		assert.equal(e2e.sandbox.requests.at(-1).path, '/contacts/5a00000000000000deadbeef');
	});

	it('keeps every item with Continue On Fail', async () => {
		e2e.sandbox.reset();
		e2e.sandbox.seed({
			contacts: [
				{ role: 'user', email: 'one@example.com' },
				{ role: 'user', email: 'two@example.com' },
				{ role: 'user', email: 'three@example.com' },
			],
		});
		const run = await e2e.execute(workflows.continueOnFail.id);
		assert.equal(run.code, 0, run.stderr);
		const items = outputOf(run.result, 'Get Each');
		assert.equal(items.length, 3);
		assert.equal(items[0].email, 'one@example.com');
		assert.equal(items[1].httpCode, '404');
		assert.match(items[1].error, /not found/i);
		assert.equal(items[2].email, 'three@example.com');
		const gets = e2e.sandbox.requests.filter(
			(r) => r.method === 'GET' && r.path.startsWith('/contacts/'),
		);
		assert.equal(gets.length, 3, 'one GET per item, the failing one not retried');
	});

	it('a wrong token fails with the 401 hint, and the token is not in the output', async () => {
		const run = await e2e.execute(workflows.wrongToken.id);
		assert.equal(run.code, 1);
		const error = JSON.stringify(errorOf(run.result));
		assert.match(error, /Access Token Invalid/);
		assert.doesNotMatch(run.stdout + run.stderr, /not-a-valid-token/);
	});

	it('runs every example workflow of examples/ on the demo data', async () => {
		const { requireTs } = (await import('node:module')).createRequire(import.meta.url)(
			'../../scripts/lib/ts-require.cjs',
		);
		e2e.sandbox.reset();
		e2e.sandbox.seed(requireTs('sandbox/index.ts').demoData());
		const files = fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json'));
		const manual = files
			.map((file) => ({
				file,
				example: JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')),
			}))
			.filter(({ example }) =>
				example.nodes.some((n) => n.type === 'n8n-nodes-base.manualTrigger'),
			);
		assert.ok(manual.length >= 4);
		for (const { file, example } of manual) {
			const run = await e2e.execute(example.id);
			assert.equal(run.code, 0, `${file}: ${run.stdout.slice(-1500)}`);
			const last = example.nodes.filter((n) => n.type.startsWith('n8n-nodes-intercom.')).at(-1);
			const items = outputOf(run.result, last.name);
			assert.ok(items?.length > 0, `${file}: "${last.name}" returned items`);
			for (const item of items)
				assert.equal(item.error, undefined, `${file}: ${JSON.stringify(item)}`);
		}
	});

	it("the README's curl command makes the sandbox send a signed notification that runs the published trigger example once", async () => {
		const readme = fs.readFileSync(path.join(EXAMPLES_DIR, '..', 'README.md'), 'utf8');
		const command =
			/^curl -s (http:\/\/127\.0\.0\.1:5690\/__sandbox\/webhooks) .* -d '(\{.*\})'$/m.exec(readme);
		assert.ok(command, 'the README has the curl command');
		const request = JSON.parse(command[2]);
		const example = JSON.parse(
			fs.readFileSync(path.join(EXAMPLES_DIR, 'trigger-new-contact.json'), 'utf8'),
		);
		const trigger = example.nodes.find((n) => n.type === 'n8n-nodes-intercom.intercomTrigger');
		assert.equal(request.url, `http://127.0.0.1:5678/webhook/${trigger.webhookId}/webhook`);

		const { instance } = await e2e.server();
		const url = request.url.replace('http://127.0.0.1:5678', instance.baseUrl);
		await waitForWebhook(url);
		const res = await fetch(command[1].replace('http://127.0.0.1:5690', e2e.sandbox.url), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ ...request, url }),
		});
		const answer = await res.json();
		assert.equal(res.status, 200);
		assert.equal(answer.status, 200, answer.body);
		let executions = [];
		for (const deadline = Date.now() + 30_000; executions.length === 0 && Date.now() < deadline; ) {
			executions = (await e2e.executions(example.id)).filter(
				(x) => x.finished || x.status === 'success',
			);
			if (executions.length === 0) await new Promise((r) => setTimeout(r, 200));
		}
		assert.equal(executions.length, 1);
		const items = executions[0].data.resultData.runData['Intercom Trigger'][0].data.main[0].map(
			(i) => i.json,
		);
		assert.deepEqual(
			items.map((i) => [i.id, i.email, i.topic]),
			[[request.item.id, request.item.email, 'contact.user.created']],
		);
	});

	it('tests the credential through n8n (GET /me on the sandbox)', async () => {
		const { session } = await e2e.server();
		const before = e2e.sandbox.requests.length;
		const test = async (credential, token) =>
			await session.json('/rest/credentials/test', {
				method: 'POST',
				body: JSON.stringify({ credentials: { ...credential, data: e2e.credentialData(token) } }),
			});
		const ok = await test(CREDENTIAL, 'sandbox-token');
		assert.equal(ok.data.status, 'OK', JSON.stringify(ok));
		const bad = await test(BAD_CREDENTIAL, 'not-a-valid-token');
		assert.equal(bad.data.status, 'Error');
		assert.match(bad.data.message, /Intercom did not accept the token \(401\)/);
		const calls = e2e.sandbox.requests.slice(before).map((r) => [r.method, r.path, r.status]);
		assert.deepEqual(calls[0], ['GET', '/me', 200], 'the good credential is tested with GET /me');
		assert.ok(calls.length >= 2, 'the wrong token reached the sandbox');
		for (const call of calls.slice(1)) assert.deepEqual(call, ['GET', '/me', 401]);
		const first = e2e.sandbox.requests[before];
		assert.equal(first.intercomVersion, '2.16');
	});
});
