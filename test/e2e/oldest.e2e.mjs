// The oldest n8n line we support: n8n 1.123.81 on Node 22 (installed once into the runtime folder by
// scripts/lib/runtime.mjs), the packed package installed with the README's npm lines, against the
// sandbox. A short smoke suite: what loads, the credential test, an action workflow with its error
// items, the trigger refusing forged and unsigned notifications and running a signed one once. Also
// checks that everything the built package takes from n8n-workflow exists in this n8n's copy.
//
//   node --test test/e2e/oldest.e2e.mjs

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import { runtimePaths, DEFAULT_RUNTIME_ROOT } from '../../scripts/lib/runtime.mjs';
import {
	BAD_CREDENTIAL,
	CREDENTIAL,
	NODE_TYPE,
	SANDBOX_CLIENT_SECRET,
	TRIGGER_NODE_TYPE,
	POLLING_TRIGGER_NODE_TYPE,
	byId,
	intercomNode,
	intercomTriggerNode,
	outputOf,
	useE2E,
	waitForWebhook,
	workflow,
} from './lib.mjs';

const require = createRequire(import.meta.url);
const { requireTs } = require('../../scripts/lib/ts-require.cjs');
const { sendWebhook } = requireTs('sandbox/index.ts');

const WEBHOOK_ID = '2b7e4d19-8c3a-4f06-a5d2-91e0c6b4f873';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const workflows = {
	action: workflow('e2eOldestAction1', 'E2E 1.x action', [
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
	badInput: workflow('e2eOldestBadInpt', 'E2E 1.x bad input', [
		intercomNode(
			'Dot Segment',
			{ resource: 'contact', operation: 'get', contactId: byId('={{ ".." }}') },
			{ onError: 'continueRegularOutput' },
		),
	]),
	trigger: {
		id: 'e2eOldestTrigger',
		name: 'E2E 1.x trigger',
		nodes: [
			intercomTriggerNode('Intercom Trigger', WEBHOOK_ID, ['contact.user.created']),
			{
				...intercomNode('Get Contact', {
					resource: 'contact',
					operation: 'get',
					contactId: byId('={{ $json.id }}'),
				}),
				position: [220, 0],
			},
		],
		connections: {
			'Intercom Trigger': { main: [[{ node: 'Get Contact', type: 'main', index: 0 }]] },
		},
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
	},
};

/** Every `n8n_workflow_1.X` the compiled package reads (tsc's name for `import { X } from 'n8n-workflow'`). */
function workflowExportsUsed(distDir) {
	const used = new Set();
	for (const file of fs
		.readdirSync(distDir, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.js'))) {
		const text = fs.readFileSync(path.join(distDir, file), 'utf8');
		if (!text.includes('require("n8n-workflow")')) continue;
		for (const m of text.matchAll(/\bn8n_workflow_\d*\.(\w+)/g)) used.add(m[1]);
	}
	return [...used].sort();
}

describe(
	'n8n 1.123 (the oldest supported line) with the package installed as the README says',
	{ concurrency: false },
	() => {
		const env = useE2E('oldest', Object.values(workflows), [], {
			runtime: 'oldest',
			readmeInstall: true,
		});
		let e2e;
		before(async () => {
			e2e = env();
			e2e.sandbox.seed({
				contacts: ['one', 'two', 'three'].map((name) => ({
					role: 'user',
					email: `${name}@example.com`,
					name,
				})),
			});
			// n8n 1.x activates workflows when it starts: the trigger's before the first start.
			await e2e.publish(workflows.trigger.id);
		});

		it('runs n8n 1.123 on Node 22 and the nodes folder holds only the package', () => {
			const { n8nDir, nodeBin } = e2e.runtime;
			assert.equal(
				JSON.parse(
					fs.readFileSync(path.join(n8nDir, 'node_modules', 'n8n', 'package.json'), 'utf8'),
				).version,
				'1.123.81',
			);
			assert.match(spawnSync(nodeBin, ['--version'], { encoding: 'utf8' }).stdout, /^v22\./);
			const modules = path.join(e2e.userFolder, '.n8n', 'nodes', 'node_modules');
			assert.deepEqual(
				fs.readdirSync(modules).filter((n) => !n.startsWith('.')),
				['n8n-nodes-intercom'],
			);
		});

		it("everything the package takes from n8n-workflow exists in n8n 1.123's n8n-workflow and in 2.41's", () => {
			const dist = path.join(
				e2e.userFolder,
				'.n8n',
				'nodes',
				'node_modules',
				'n8n-nodes-intercom',
				'dist',
			);
			const used = workflowExportsUsed(dist);
			for (const name of [
				'NodeApiError',
				'NodeOperationError',
				'NodeConnectionTypes',
				'updateDisplayOptions',
				'sleep',
			]) {
				assert.ok(used.includes(name), `the package uses ${name} (found: ${used.join(', ')})`);
			}
			for (const runtime of ['oldest', 'current']) {
				const { n8nDir } = runtimePaths(DEFAULT_RUNTIME_ROOT, runtime);
				const fromN8n = createRequire(path.join(n8nDir, 'node_modules', 'n8n', 'package.json'));
				const workflowPkg = fromN8n('n8n-workflow/package.json');
				const exported = fromN8n('n8n-workflow');
				const missing = used.filter((name) => exported[name] === undefined);
				assert.deepEqual(
					missing,
					[],
					`n8n-workflow ${workflowPkg.version} (n8n ${runtime}) lacks what the package uses`,
				);
			}
		});

		it('loads the three nodes and both credentials', async () => {
			const { session } = await e2e.server();
			const nodes = await session.json('/types/nodes.json');
			const credentials = await session.json('/types/credentials.json');
			const names = new Set(nodes.map((n) => n.name));
			assert.ok(names.has(NODE_TYPE), 'the Intercom node is loaded');
			assert.ok(names.has(TRIGGER_NODE_TYPE), 'the Intercom Trigger is loaded');
			assert.ok(names.has(POLLING_TRIGGER_NODE_TYPE), 'the Intercom Polling Trigger is loaded');
			const credNames = new Set(credentials.map((c) => c.name));
			assert.ok(
				credNames.has('intercomAccessTokenApi') && credNames.has('intercomOAuth2Api'),
				[...credNames].filter((n) => /intercom/i.test(n)).join(', '),
			);
		});

		it("tests the credential (GET /me); a wrong token fails it with n8n 1.x's own message", async () => {
			const { session } = await e2e.server();
			const test = async (credential, token) =>
				await session.json('/rest/credentials/test', {
					method: 'POST',
					body: JSON.stringify({ credentials: { ...credential, data: e2e.credentialData(token) } }),
				});
			const before = e2e.sandbox.requests.length;
			const ok = await test(CREDENTIAL, 'sandbox-token');
			assert.equal(ok.data.status, 'OK', JSON.stringify(ok));
			const bad = await test(BAD_CREDENTIAL, 'not-a-valid-token');
			assert.equal(bad.data.status, 'Error');
			// n8n 1.x applies a credential's responseCode rules only to errors carrying `cause.response.status`,
			// which its request helper does not set: it shows its own 401 text instead of ours (2.x shows ours).
			assert.equal(bad.data.message, 'Authorization failed - please check your credentials');
			assert.ok(
				e2e.sandbox.requests.slice(before).some((r) => r.path === '/me' && r.status === 401),
				'the wrong token reached GET /me',
			);
			assert.deepEqual(
				e2e.sandbox.requests[before] && [
					e2e.sandbox.requests[before].method,
					e2e.sandbox.requests[before].path,
				],
				['GET', '/me'],
			);
		});

		it('runs an action workflow: three contacts, the missing one as an error item in place', async () => {
			const run = await e2e.execute(workflows.action.id);
			assert.equal(run.code, 0, run.stderr.slice(-2000));
			const listed = outputOf(run.result, 'List');
			assert.equal(listed.length, 3);
			const got = outputOf(run.result, 'Get Each');
			assert.equal(got.length, 3);
			assert.equal(got[0].id, listed[0].id);
			assert.match(got[1].error, /not found|404/i, JSON.stringify(got[1]));
			assert.equal(got[2].id, listed[2].id);
		});

		it('refuses a dot segment from an expression before any request', async () => {
			const before = e2e.sandbox.requests.length;
			const run = await e2e.execute(workflows.badInput.id);
			assert.equal(run.code, 0, run.stderr.slice(-2000));
			const [item] = outputOf(run.result, 'Dot Segment');
			assert.match(item.error, /is not a valid Intercom ID \(item 0\)/);
			assert.equal(e2e.sandbox.requests.length, before, 'nothing reached the sandbox');
		});

		it('the trigger refuses forged and unsigned notifications and runs a signed one once', async () => {
			const { instance } = await e2e.server();
			const url = `${instance.baseUrl}/webhook/${WEBHOOK_ID}/webhook`;
			await waitForWebhook(url);
			const contact = e2e.sandbox.snapshot().contacts[0];
			const item = { type: 'contact', id: contact.id, role: contact.role, email: contact.email };
			const gets = () =>
				e2e.sandbox.requests.filter(
					(r) => r.method === 'GET' && r.path === `/contacts/${contact.id}`,
				).length;
			const before = gets();

			const forged = await sendWebhook(url, 'contact.user.created', item, {
				secret: 'not-the-client-secret',
			});
			assert.equal(forged.status, 401, forged.body);
			const unsigned = await sendWebhook(url, 'contact.user.created', item);
			assert.equal(unsigned.status, 401, unsigned.body);

			const signed = await sendWebhook(url, 'contact.user.created', item, {
				id: 'notif_oldest_1',
				secret: SANDBOX_CLIENT_SECRET,
			});
			assert.equal(signed.status, 200, signed.body);
			const again = await sendWebhook(url, 'contact.user.created', item, {
				id: 'notif_oldest_1',
				deliveryAttempts: 2,
				secret: SANDBOX_CLIENT_SECRET,
			});
			assert.equal(again.status, 200, again.body);
			assert.deepEqual(JSON.parse(again.body), {
				received: true,
				emitted: false,
				reason: 'duplicate',
			});

			// The signed notification's execution gets the contact from the sandbox: exactly once.
			const waitUntil = Date.now() + 30_000;
			while (gets() === before && Date.now() < waitUntil) await sleep(100);
			await sleep(1000);
			assert.equal(gets() - before, 1, 'one execution fetched the contact');
		});
	},
);
