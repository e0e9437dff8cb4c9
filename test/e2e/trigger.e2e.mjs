// The Intercom Trigger through a real n8n 2.41.0: the workflow is published, `n8n start` serves its
// production webhook, and the sandbox signs and POSTs Intercom notifications to it. Executions are
// read back through n8n's public API. One n8n start for the whole file.
//
//   node --test --test-concurrency=1 test/e2e/trigger.e2e.mjs
//
// Nothing here is timed: answer times are measured by `node bench/run.mjs flood-n8n`.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { before, describe, it } from 'node:test';

import { SANDBOX_CLIENT_SECRET, intercomTriggerNode, useE2E, waitForWebhook } from './lib.mjs';

const require = createRequire(import.meta.url);
const { requireTs } = require('../../scripts/lib/ts-require.cjs');
const { sendWebhook, sign } = requireTs('sandbox/index.ts');

const WEBHOOK_ID = '5f0d2c4e-1b7a-4c39-8e21-6a4b9d3e7f10';
const TRIGGER_NAME = 'Intercom Trigger';

const triggerWorkflow = {
	id: 'e2eTriggerWflow1',
	name: 'E2E Intercom Trigger',
	nodes: [
		intercomTriggerNode(TRIGGER_NAME, WEBHOOK_ID, [
			'contact.user.created',
			'conversation.admin.replied',
		]),
	],
	connections: {},
	active: false,
	settings: { executionOrder: 'v1' },
	pinData: {},
};

const contact = (n) => ({
	type: 'contact',
	id: `6657a0d8e4b0c1a2b3c4${String(n).padStart(4, '0')}`,
	role: 'user',
	email: `user${n}@example.com`,
});

/** The trigger's output items of an execution read with includeData=true. */
const itemsOf = (execution) =>
	(execution.data?.resultData?.runData?.[TRIGGER_NAME]?.[0]?.data?.main?.[0] ?? []).map(
		(item) => item.json,
	);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Intercom Trigger through a real n8n', { concurrency: false }, () => {
	const env = useE2E('trigger', [triggerWorkflow]);
	let e2e;
	let url;

	/** Executions of the trigger workflow, once `count` of them have finished (polled). */
	const finishedExecutions = async (count, timeoutMs = 60_000) => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const all = await e2e.executions(triggerWorkflow.id);
			const done = all.filter((x) => x.finished || x.status === 'success' || x.status === 'error');
			if (done.length >= count || Date.now() > deadline) return all;
			await sleep(200);
		}
	};

	before(async () => {
		e2e = env();
		await e2e.publish(triggerWorkflow.id);
		const { instance } = await e2e.server();
		url = `${instance.baseUrl}/webhook/${WEBHOOK_ID}/webhook`;
		await waitForWebhook(url);
	});

	it('answers HEAD with 200 (Intercom validates the URL with it)', async () => {
		const res = await fetch(url, { method: 'HEAD' });
		assert.equal(res.status, 200);
		assert.deepEqual(await e2e.executions(triggerWorkflow.id), []);
	});

	it('refuses a forged or missing signature with 401 and runs nothing', async () => {
		const forged = await sendWebhook(url, 'contact.user.created', contact(1), {
			secret: 'not-the-client-secret',
		});
		assert.equal(forged.status, 401, forged.body);
		assert.match(forged.body, /Invalid X-Hub-Signature/);
		const unsigned = await sendWebhook(url, 'contact.user.created', contact(1));
		assert.equal(unsigned.status, 401, unsigned.body);
		assert.match(unsigned.body, /Missing X-Hub-Signature/);
		assert.deepEqual(await e2e.executions(triggerWorkflow.id), []);
	});

	it('answers ping and unselected topics with 200 and runs nothing', async () => {
		// As Intercom sends it when the webhook is saved: signed, with "id": null.
		const ping = await sendWebhook(
			url,
			'ping',
			{ type: 'ping', message: 'something something interzen' },
			{ secret: SANDBOX_CLIENT_SECRET },
		);
		assert.equal(ping.notification.id, null);
		assert.equal(ping.status, 200);
		assert.deepEqual(JSON.parse(ping.body), { received: true, emitted: false, reason: 'ping' });
		const other = await sendWebhook(
			url,
			'ticket.created',
			{ type: 'ticket', id: '1' },
			{ secret: SANDBOX_CLIENT_SECRET },
		);
		assert.equal(other.status, 200);
		assert.equal(JSON.parse(other.body).reason, 'topic not selected');
		assert.deepEqual(await e2e.executions(triggerWorkflow.id), []);
	});

	it('a body that is not a notification → 400, nothing run', async () => {
		const raw = JSON.stringify({ hello: 'world' });
		const res = await fetch(url, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				'x-hub-signature': sign(raw, SANDBOX_CLIENT_SECRET),
			},
			body: raw,
		});
		assert.equal(res.status, 400);
		assert.match((await res.json()).message, /notification_event/);
		// Signed text that is not JSON: as text/plain it reaches the trigger (400); as
		// application/json n8n's body parser refuses it before the trigger runs.
		const garbage = 'notification_event, but not JSON';
		for (const [contentType, status] of [
			['text/plain', 400],
			['application/json', 422],
		]) {
			const bad = await fetch(url, {
				method: 'POST',
				headers: {
					'content-type': contentType,
					'x-hub-signature': sign(garbage, SANDBOX_CLIENT_SECRET),
				},
				body: garbage,
			});
			const text = await bad.text();
			process.stdout.write(`# not JSON as ${contentType}: ${bad.status} ${text.slice(0, 120)}\n`);
			assert.equal(bad.status, status, text);
		}
		assert.deepEqual(await e2e.executions(triggerWorkflow.id), []);
	});

	it('a valid notification → 200 at once and exactly one execution with the contact and the notification fields', async () => {
		const sent = await sendWebhook(url, 'contact.user.created', contact(0), {
			id: 'notif_e2e_first',
			secret: SANDBOX_CLIENT_SECRET,
		});
		assert.equal(sent.status, 200, sent.body);
		const executions = await finishedExecutions(1);
		assert.equal(executions.length, 1);
		assert.equal(executions[0].status, 'success');
		assert.equal(executions[0].mode, 'webhook');
		assert.deepEqual(itemsOf(executions[0]), [
			{
				...contact(0),
				topic: 'contact.user.created',
				notificationId: 'notif_e2e_first',
				createdAt: sent.notification.created_at,
				appId: sent.notification.app_id,
				deliveryAttempts: 1,
			},
		]);
	});

	it('the same notification again (after its execution exists) → 200, no second execution', async () => {
		assert.equal((await e2e.executions(triggerWorkflow.id)).length, 1);
		const again = await sendWebhook(url, 'contact.user.created', contact(0), {
			id: 'notif_e2e_first',
			deliveryAttempts: 2,
			secret: SANDBOX_CLIENT_SECRET,
		});
		assert.equal(again.status, 200);
		assert.deepEqual(JSON.parse(again.body), {
			received: true,
			emitted: false,
			reason: 'duplicate',
		});
		// n8n creates the execution before it answers an emitting request: none was created.
		const executions = await e2e.executions(triggerWorkflow.id);
		assert.equal(executions.length, 1);
	});

	it('50 different notifications at once → 50 executions, each notification id exactly once', async () => {
		const ids = Array.from(
			{ length: 50 },
			(_, i) => `notif_e2e_burst_${String(i).padStart(2, '0')}`,
		);
		const answers = await Promise.all(
			ids.map(async (id, i) => {
				const topic = i % 2 ? 'conversation.admin.replied' : 'contact.user.created';
				const item = i % 2 ? { type: 'conversation', id: `conv${i}` } : contact(100 + i);
				return await sendWebhook(url, topic, item, {
					id,
					secret: SANDBOX_CLIENT_SECRET,
					timeoutMs: 120_000,
				});
			}),
		);
		for (const res of answers) assert.equal(res.status, 200, res.body);

		const executions = await finishedExecutions(51, 120_000);
		const burst = executions.filter((x) =>
			String(itemsOf(x)[0]?.notificationId).startsWith('notif_e2e_burst_'),
		);
		assert.equal(burst.length, 50, `${executions.length} executions in all`);
		const seen = burst.map((x) => itemsOf(x)[0].notificationId).sort();
		assert.deepEqual(seen, ids, 'each notification id exactly once');
		for (const x of burst) assert.equal(x.status, 'success');
		const conversation = burst
			.map(itemsOf)
			.find(([item]) => item.notificationId === 'notif_e2e_burst_01')[0];
		assert.deepEqual(conversation, {
			type: 'conversation',
			id: 'conv1',
			topic: 'conversation.admin.replied',
			notificationId: 'notif_e2e_burst_01',
			createdAt: conversation.createdAt,
			appId: answers[1].notification.app_id,
			deliveryAttempts: 1,
		});

		// What the dedupe list holds after concurrent deliveries: each request saved the list it read.
		const { session } = await e2e.server();
		const saved = await session.json(`/rest/workflows/${triggerWorkflow.id}`);
		const kept = saved.data.staticData?.[`node:${TRIGGER_NAME}`]?.notificationIds ?? [];
		const keptBurst = ids.filter((id) => kept.includes(id)).length;
		process.stdout.write(
			`# dedupe list after the burst: ${keptBurst} of the 50 ids kept (${kept.length} ids in all)\n`,
		);
	});

	it('a notification of the burst sent again → 200 duplicate, no new execution', async () => {
		const before = (await e2e.executions(triggerWorkflow.id)).length;
		const again = await sendWebhook(url, 'contact.user.created', contact(107), {
			id: 'notif_e2e_burst_07',
			deliveryAttempts: 2,
			secret: SANDBOX_CLIENT_SECRET,
		});
		assert.equal(again.status, 200);
		assert.equal(JSON.parse(again.body).reason, 'duplicate');
		assert.equal((await e2e.executions(triggerWorkflow.id)).length, before);
		// That call started nothing, so n8n saved the static data it wrote: the ids kept in memory.
		const { session } = await e2e.server();
		const saved = await session.json(`/rest/workflows/${triggerWorkflow.id}`);
		const kept = saved.data.staticData?.[`node:${TRIGGER_NAME}`]?.notificationIds ?? [];
		assert.equal(kept.filter((id) => id.startsWith('notif_e2e_burst_')).length, 50);
	});
});
