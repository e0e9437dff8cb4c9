// The Intercom Polling Trigger through a real n8n 2.41.0: published on "New Contact" with Poll Times
// every minute, it outputs each contact created after publishing exactly once. Contacts from before
// publishing never come out (the first activation starts at that moment); contacts created after it
// come out in one execution of the next scheduled poll (n8n polls at a second of each minute it
// picks at random); n8n is then stopped, more contacts are created, and on the restart n8n's
// activation poll outputs those, once, from the state it saved with the earlier output. Every poll
// is one contact search (read from the sandbox's request log). A workflow on a wrong token is not
// published: n8n answers the activation at once, then its publication status says "failed" with the
// 401 its activation poll got. Executions are read back through n8n's public API. One n8n start, one
// scheduled-minute wait, one restart.
//
//   npm run build && node --test --test-concurrency=1 test/e2e/polling.e2e.mjs
//
// Nothing here is timed; the only waits are bounded waits for n8n's polls.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import {
	BAD_CREDENTIAL,
	SANDBOX_TOKEN,
	intercomPollingTriggerNode,
	outputOf,
	useE2E,
} from './lib.mjs';

const TRIGGER_NAME = 'New Contact';
const NEXT_NAME = 'Next';

/** A published workflow: the polling trigger on `contact.created`, every minute, then a No Op. */
const pollingWorkflow = (id, name, { credential } = {}) => {
	if (id.length !== 16) throw new Error(`workflow id ${id} must have 16 characters`);
	return {
		id,
		name,
		nodes: [
			intercomPollingTriggerNode(
				TRIGGER_NAME,
				{
					event: 'contact.created',
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					options: {},
				},
				credential ? { credential } : {},
			),
			{
				id: 'next-node',
				name: NEXT_NAME,
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
		],
		connections: { [TRIGGER_NAME]: { main: [[{ node: NEXT_NAME, type: 'main', index: 0 }]] } },
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
};

const goodWorkflow = pollingWorkflow('e2ePollContacts1', 'E2E polling: new contacts');
const badWorkflow = pollingWorkflow('e2ePollBadToken1', 'E2E polling: wrong token', {
	credential: BAD_CREDENTIAL,
});

const SEARCH = 'POST /contacts/search';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sorted = (ids) => [...ids].sort();

/** The ids a node output in an execution read with includeData=true. */
const idsOf = (execution, node = TRIGGER_NAME) =>
	(outputOf(execution, node) ?? []).map((item) => String(item.id));

describe('Intercom Polling Trigger through a real n8n', { concurrency: false }, () => {
	const env = useE2E('polling', [goodWorkflow, badWorkflow]);
	let e2e;
	let sandbox;
	let serial = 0;
	const seeded = [];
	const created = [];
	/** The state's floor as saved after the first activation. */
	let activationFloor;
	const searches = () => sandbox.stats.byRoute[SEARCH] ?? 0;
	/**
	 * The contact searches in the sandbox's request log, as polls: a poll's first request asks for
	 * the first page (no `starting_after`); any further request of the same poll carries a cursor.
	 * Returns the number of requests of each poll, in order.
	 */
	const searchesPerPoll = () => {
		const polls = [];
		for (const r of sandbox.requests) {
			if (r.method !== 'POST' || r.path !== '/contacts/search') continue;
			if (r.body?.pagination?.starting_after === undefined) polls.push(1);
			else polls[polls.length - 1] += 1;
		}
		return polls;
	};

	/** POST /contacts through the sandbox's API, as a client of Intercom would. */
	const createContact = async () => {
		const res = await fetch(`${sandbox.url}/contacts`, {
			method: 'POST',
			headers: {
				authorization: `Bearer ${SANDBOX_TOKEN}`,
				'intercom-version': '2.16',
				'content-type': 'application/json',
				accept: 'application/json',
			},
			body: JSON.stringify({ role: 'user', email: `poll.e2e.${++serial}@example.com` }),
		});
		const text = await res.text();
		assert.equal(res.status, 200, text);
		const id = String(JSON.parse(text).id);
		created.push(id);
		return id;
	};

	/** The workflow's executions once at least `count` have finished; throws after `timeoutMs`. */
	const finishedExecutions = async (count, timeoutMs) => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const all = await e2e.executions(goodWorkflow.id);
			const done = all.filter((x) => x.status === 'success' || x.status === 'error');
			if (done.length >= count) return all;
			if (Date.now() > deadline)
				throw new Error(
					`${done.length} of ${count} executions finished after ${timeoutMs} ms (${all.length} in all)`,
				);
			await sleep(250);
		}
	};

	/** Resolves once the sandbox has answered `count` contact searches in all; throws after `timeoutMs`. */
	const searchesReach = async (count, timeoutMs) => {
		const deadline = Date.now() + timeoutMs;
		while (searches() < count) {
			if (Date.now() > deadline)
				throw new Error(`${searches()} of ${count} contact searches after ${timeoutMs} ms`);
			await sleep(50);
		}
	};

	before(async () => {
		e2e = env();
		sandbox = e2e.sandbox;
		// Contacts that exist before publishing: the first activation starts after them.
		const { contacts } = sandbox.seed({
			contacts: [1, 2, 3].map((n) => ({ role: 'user', email: `poll.seeded.${n}@example.com` })),
		});
		seeded.push(...contacts.map((c) => String(c.id)));
		await e2e.publish(goodWorkflow.id);
		await e2e.server();
	});

	it('publishing polls at once and outputs nothing: contacts from before never start it', async () => {
		// The activation poll: n8n runs it when it activates the workflow at start.
		await searchesReach(1, 30_000);
		await sleep(1000);
		assert.deepEqual(await e2e.executions(goodWorkflow.id), []);
		// Every poll so far output nothing (the activation poll, and a scheduled one if its second came).
		const polls = searchesPerPoll();
		process.stdout.write(`# idle polls: contact searches per poll ${JSON.stringify(polls)}\n`);
		assert.ok(polls.length >= 1);
		for (const count of polls) assert.equal(count, 1, 'an idle poll is one search request');
		assert.equal(searches(), polls.length);
		// n8n 2.41 saves the static data when it has activated a workflow, so the state of that poll
		// (starting then, after the seeded contacts) is in the database before anything is output.
		const { session } = await e2e.server();
		const deadline = Date.now() + 10_000;
		let state;
		while (!state && Date.now() < deadline) {
			const saved = await session.json(`/rest/workflows/${goodWorkflow.id}`);
			state = saved.data.staticData?.[`node:${TRIGGER_NAME}`]?.poll;
			if (!state) await sleep(250);
		}
		assert.ok(state, 'the state of the activation poll is saved');
		assert.deepEqual(state.seen, {});
		assert.equal(state.mark, state.floor);
		for (const id of seeded) assert.ok(sandbox.store.contacts.get(id).created_at < state.floor);
		activationFloor = state.floor;
	});

	it('contacts created after publishing come out once, in one execution of the next scheduled poll', async () => {
		const round = await Promise.all([1, 2, 3].map(() => createContact()));
		const executions = await finishedExecutions(1, 75_000);
		assert.equal(executions.length, 1);
		const [execution] = executions;
		assert.equal(execution.status, 'success');
		assert.equal(execution.mode, 'trigger');
		assert.deepEqual(sorted(idsOf(execution)), sorted(round));
		assert.deepEqual(sorted(idsOf(execution, NEXT_NAME)), sorted(round));
		// n8n saved the state with that output.
		const { session } = await e2e.server();
		const saved = await session.json(`/rest/workflows/${goodWorkflow.id}`);
		const state = saved.data.staticData?.[`node:${TRIGGER_NAME}`]?.poll;
		assert.equal(state?.v, 1);
		assert.equal(state.floor, activationFloor, 'it still starts at the first activation');
		assert.deepEqual(
			sorted(Object.keys(state.seen).map((key) => key.split('@')[0])),
			sorted(round),
		);
	});

	it('after a restart the activation poll outputs the contacts created meanwhile, once, and no earlier one', async () => {
		const t0 = Date.now();
		const stopped = await e2e.stopServer();
		assert.equal(stopped.code, 0, 'n8n stopped gracefully');
		const t1 = Date.now();
		const round = [];
		for (let n = 0; n < 2; n++) round.push(await createContact());
		const before = searches();
		await e2e.server();
		process.stdout.write(
			`# n8n stopped in ${t1 - t0} ms, started again in ${Date.now() - t1} ms\n`,
		);
		const executions = await finishedExecutions(2, 30_000);
		assert.equal(executions.length, 2);
		assert.ok(searches() > before, 'the restart polled');
		const latest = executions.find((x) => idsOf(x).some((id) => round.includes(id)));
		assert.ok(latest, 'an execution outputs the contacts created while n8n was stopped');
		assert.equal(latest.status, 'success');
		assert.equal(latest.mode, 'trigger');
		assert.deepEqual(sorted(idsOf(latest)), sorted(round));
	});

	it('over all executions every contact created is output exactly once and no seeded one', async () => {
		const executions = await e2e.executions(goodWorkflow.id);
		const out = executions.flatMap((x) => idsOf(x));
		assert.deepEqual(sorted(out), sorted(created), 'each created contact exactly once');
		for (const id of seeded) assert.ok(!out.includes(id), `seeded contact ${id} never output`);
		const polls = searchesPerPoll();
		process.stdout.write(
			`# ${polls.length} polls, contact searches per poll ${JSON.stringify(polls)}; ${executions.length} executions\n`,
		);
		// The first activation, the scheduled poll that output the first contacts (and any idle one
		// before it), the activation after the restart: each one request (every record fits one page).
		assert.ok(polls.length >= 3, `${polls.length} polls`);
		for (const count of polls) assert.equal(count, 1, 'one search request a poll');
		for (const r of sandbox.requests.filter((x) => x.path === '/contacts/search'))
			assert.equal(r.status, 200);
	});

	it('a workflow on a wrong token is not published: its activation poll gets a 401 and n8n says why', async () => {
		const { session } = await e2e.server();
		const { data: workflow } = await session.json(`/rest/workflows/${badWorkflow.id}`);
		const res = await session.request(`/rest/workflows/${badWorkflow.id}/activate`, {
			method: 'POST',
			body: JSON.stringify({ versionId: workflow.versionId }),
		});
		// n8n 2.41 publishes through its publication outbox: it answers before the activation runs,
		// and reports the outcome in the workflow's publication status.
		assert.equal(res.status, 200, await res.text());
		const t0 = Date.now();
		let status;
		for (;;) {
			({ data: status } = await session.json(
				`/rest/workflows/${badWorkflow.id}/publication-status`,
			));
			if (status.status !== 'in_progress' || Date.now() - t0 > 60_000) break;
			await sleep(250);
		}
		const refused = sandbox.requests.filter(
			(r) => r.path === '/contacts/search' && r.status === 401,
		).length;
		process.stdout.write(
			`# publication status after ${Date.now() - t0} ms: ${JSON.stringify(status)}; ${refused} searches answered 401\n`,
		);
		assert.equal(status.status, 'failed');
		assert.equal(status.liveVersionId, null);
		assert.equal(status.triggers.length, 1);
		const [trigger] = status.triggers;
		assert.equal(trigger.nodeId, badWorkflow.nodes[0].id);
		assert.equal(trigger.status, 'failed');
		assert.match(trigger.errorMessage, /Intercom error 401: unauthorized/);
		assert.ok(refused >= 1, 'the activation poll searched and got a 401');
		assert.deepEqual(await e2e.executions(badWorkflow.id), []);
	});
});
