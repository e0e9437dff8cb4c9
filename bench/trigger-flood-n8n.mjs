// Benchmark of the Intercom Trigger in a real n8n 2.41.0 (run by hand: `node bench/run.mjs flood-n8n`,
// or `node bench/trigger-flood-n8n.mjs`): the packed package in a fresh user folder, a published
// trigger workflow, `n8n start`, signed notifications POSTed to the production webhook URL (the
// end-to-end kit of test/e2e/). It measures a valid notification's answer time while quiet and
// while forged notifications (wrong signature) arrive at a given concurrency, and the answer times
// of a burst of valid notifications sent at once, next to the same burst of POSTs to n8n's own
// Webhook node on the same n8n (the baseline). Nothing is asserted (test/e2e/trigger.e2e.mjs checks
// that a burst is answered 200 and runs once per notification).
//
// Sizes: BENCH_FORGED=200 forged at BENCH_FORGED_CONCURRENCY=20, BENCH_VALID=20 valid ones (sent one
// after another, the flood's ones starting with the flood), BENCH_BURST=50 at once.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import {
	SANDBOX_CLIENT_SECRET,
	intercomTriggerNode,
	setupE2E,
	waitForWebhook,
} from '../test/e2e/lib.mjs';

const require = createRequire(import.meta.url);
const { requireTs } = require('../scripts/lib/ts-require.cjs');
const { sendWebhook } = requireTs('sandbox/index.ts');

const FORGED = Number(process.env.BENCH_FORGED ?? 200);
const CONCURRENCY = Number(process.env.BENCH_FORGED_CONCURRENCY ?? 20);
const VALID = Number(process.env.BENCH_VALID ?? 20);
const BURST = Number(process.env.BENCH_BURST ?? 50);

const WEBHOOK_ID = '7a1e4c2d-9b3f-4e58-a6d1-2c8f0b5e9d47';
const fmt = (n, d = 0) =>
	n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const workflow = {
	id: 'benchFloodTrigr1',
	name: 'Bench Intercom Trigger flood',
	nodes: [
		intercomTriggerNode('Intercom Trigger', WEBHOOK_ID, ['contact.user.created'], {
			id: 'bench-trigger-node',
		}),
	],
	connections: {},
	active: false,
	settings: { executionOrder: 'v1' },
	pinData: {},
};

/** n8n's own Webhook node, answering on receipt: the baseline for the burst's answer times. */
const BASELINE_PATH = 'bench-baseline';
const baselineWorkflow = {
	id: 'benchFloodBaseln',
	name: 'Bench n8n Webhook baseline',
	nodes: [
		{
			id: 'bench-baseline-node',
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: '3d8b1f6a-2c4e-4a97-b5d0-8e1f7c2a9b64',
			parameters: {
				httpMethod: 'POST',
				path: BASELINE_PATH,
				responseMode: 'onReceived',
				options: {},
			},
		},
	],
	connections: {},
	active: false,
	settings: { executionOrder: 'v1' },
	pinData: {},
};

const percentile = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (times) => {
	const sorted = [...times].sort((a, b) => a - b);
	return {
		median: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		p99: percentile(sorted, 99),
		max: sorted.at(-1),
	};
};

let n = 0;
const contact = () => ({
	type: 'contact',
	id: `6657a0d8e4b0c1a2b3c5${String(n++).padStart(4, '0')}`,
	role: 'user',
	email: `bench${n}@example.com`,
});

async function validOnes(url, count) {
	const times = [];
	const statuses = new Set();
	for (let i = 0; i < count; i++) {
		const r = await sendWebhook(url, 'contact.user.created', contact(), {
			secret: SANDBOX_CLIENT_SECRET,
			timeoutMs: 60_000,
		});
		statuses.add(r.status);
		times.push(r.ms);
	}
	return { times, statuses: [...statuses] };
}

async function forgedFlood(url, count, concurrency) {
	let next = 0;
	const statuses = new Map();
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < count) {
				next++;
				const r = await sendWebhook(url, 'contact.user.created', contact(), {
					secret: 'not-the-client-secret',
					timeoutMs: 60_000,
				});
				statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
			}
		}),
	);
	return { ms: performance.now() - started, statuses };
}

/** `count` requests sent at once by `send` (resolving to { status, ms }): their answer times and statuses. */
async function burst(count, send) {
	const answers = await Promise.all(Array.from({ length: count }, (_, i) => send(i)));
	const statuses = new Map();
	for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
	return { times: answers.map((a) => a.ms), statuses };
}

async function baselinePost(url, n) {
	const started = performance.now();
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ n }),
		signal: AbortSignal.timeout(120_000),
	});
	await res.text();
	return { status: res.status, ms: performance.now() - started };
}

const burstRow = (label, { times, statuses }) => {
	const t = summary(times);
	return [
		`trigger burst (n8n 2.41)`,
		label,
		`median ${fmt(t.median)} ms, p99 ${fmt(t.p99)} ms, max ${fmt(t.max)} ms (${[...statuses].map(([s, c]) => `${c} × ${s}`).join(', ')})`,
	];
};

export async function triggerFloodN8n() {
	const e2e = await setupE2E('bench-flood');
	try {
		await e2e.importWorkflows([workflow, baselineWorkflow]);
		await e2e.publish(workflow.id);
		await e2e.publish(baselineWorkflow.id);
		const { instance } = await e2e.server();
		const url = `${instance.baseUrl}/webhook/${WEBHOOK_ID}/webhook`;
		const baselineUrl = `${instance.baseUrl}/webhook/${BASELINE_PATH}`;
		await waitForWebhook(url);
		await baselinePost(baselineUrl, -1); // warm-up of the baseline
		// Warm-up: the first notification reads the credential and compiles n8n's paths.
		await validOnes(url, 3);
		const quiet = await validOnes(url, VALID);
		const [during, flood] = await Promise.all([
			validOnes(url, VALID),
			forgedFlood(url, FORGED, CONCURRENCY),
		]);
		const triggerBurst = await burst(BURST, async () => {
			const r = await sendWebhook(url, 'contact.user.created', contact(), {
				secret: SANDBOX_CLIENT_SECRET,
				timeoutMs: 120_000,
			});
			return { status: r.status, ms: r.ms };
		});
		const baselineBurst = await burst(BURST, async (i) => await baselinePost(baselineUrl, i));
		const q = summary(quiet.times);
		const d = summary(during.times);
		const rows = [
			[
				`trigger flood (n8n 2.41)`,
				`quiet: ${VALID} valid`,
				`median ${fmt(q.median)} ms, p95 ${fmt(q.p95)} ms, max ${fmt(q.max)} ms (${quiet.statuses.join(', ')})`,
			],
			[
				`trigger flood (n8n 2.41)`,
				`${VALID} valid during ${FORGED} forged at ${CONCURRENCY}`,
				`median ${fmt(d.median)} ms, p95 ${fmt(d.p95)} ms, max ${fmt(d.max)} ms (${during.statuses.join(', ')})`,
			],
			[
				`trigger flood (n8n 2.41)`,
				`the ${FORGED} forged`,
				`all answered in ${fmt(flood.ms / 1000, 2)} s (${[...flood.statuses].map(([s, c]) => `${c} × ${s}`).join(', ')})`,
			],
			burstRow(`${BURST} valid at once to the Intercom Trigger`, triggerBurst),
			burstRow(`${BURST} POSTs at once to n8n's Webhook node (baseline)`, baselineBurst),
		];
		return { rows };
	} finally {
		await e2e.teardown();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { rows } = await triggerFloodN8n();
	console.log('| benchmark | run | result |');
	console.log('| --- | --- | --- |');
	for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
