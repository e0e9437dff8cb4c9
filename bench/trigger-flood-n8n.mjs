// Benchmark of the Intercom Trigger in a real n8n 2.41.0 (run by hand: `node bench/run.mjs flood-n8n`,
// or `node bench/trigger-flood-n8n.mjs`): the packed package in a fresh user folder, a published
// trigger workflow, `n8n start`, signed notifications POSTed to the production webhook URL (the
// end-to-end kit of test/e2e/). It measures a valid notification's answer time while quiet and
// while forged notifications (wrong signature) arrive at a given concurrency. Nothing is asserted.
//
// Sizes: BENCH_FORGED=200 forged at BENCH_FORGED_CONCURRENCY=20, BENCH_VALID=20 valid ones (sent one
// after another, the flood's ones starting with the flood).

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { CREDENTIAL, SANDBOX_CLIENT_SECRET, TRIGGER_NODE_TYPE, setupE2E } from '../test/e2e/lib.mjs';

const require = createRequire(import.meta.url);
const { requireTs } = require('../scripts/lib/ts-require.cjs');
const { sendWebhook } = requireTs('test/sandbox/index.ts');

const FORGED = Number(process.env.BENCH_FORGED ?? 200);
const CONCURRENCY = Number(process.env.BENCH_FORGED_CONCURRENCY ?? 20);
const VALID = Number(process.env.BENCH_VALID ?? 20);

const WEBHOOK_ID = '7a1e4c2d-9b3f-4e58-a6d1-2c8f0b5e9d47';
const sleep = async (ms) => await new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const workflow = {
	id: 'benchFloodTrigr1',
	name: 'Bench Intercom Trigger flood',
	nodes: [
		{
			id: 'bench-trigger-node',
			name: 'Intercom Trigger',
			type: TRIGGER_NODE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			webhookId: WEBHOOK_ID,
			parameters: { authentication: 'accessToken', topics: ['contact.user.created'] },
			credentials: { [CREDENTIAL.type]: { id: CREDENTIAL.id, name: CREDENTIAL.name } },
		},
	],
	connections: {},
	active: false,
	settings: { executionOrder: 'v1' },
	pinData: {},
};

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (times) => {
	const sorted = [...times].sort((a, b) => a - b);
	return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) };
};

let n = 0;
const contact = () => ({ type: 'contact', id: `6657a0d8e4b0c1a2b3c5${String(n++).padStart(4, '0')}`, role: 'user', email: `bench${n}@example.com` });

async function validOnes(url, count) {
	const times = [];
	const statuses = new Set();
	for (let i = 0; i < count; i++) {
		const r = await sendWebhook(url, 'contact.user.created', contact(), { secret: SANDBOX_CLIENT_SECRET, timeoutMs: 60_000 });
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
				const r = await sendWebhook(url, 'contact.user.created', contact(), { secret: 'not-the-client-secret', timeoutMs: 60_000 });
				statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
			}
		}),
	);
	return { ms: performance.now() - started, statuses };
}

export async function triggerFloodN8n() {
	const e2e = await setupE2E('bench-flood');
	try {
		await e2e.importWorkflows([workflow]);
		await e2e.publish(workflow.id);
		const { instance } = await e2e.server();
		const url = `${instance.baseUrl}/webhook/${WEBHOOK_ID}/webhook`;
		for (const deadline = Date.now() + 30_000; ; ) {
			const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
			if (res.status !== 404) break;
			if (Date.now() > deadline) throw new Error(`${url} still answers 404`);
			await sleep(100);
		}
		// Warm-up: the first notification reads the credential and compiles n8n's paths.
		await validOnes(url, 3);
		const quiet = await validOnes(url, VALID);
		const [during, flood] = await Promise.all([validOnes(url, VALID), forgedFlood(url, FORGED, CONCURRENCY)]);
		const q = summary(quiet.times);
		const d = summary(during.times);
		const rows = [
			[`trigger flood (n8n 2.41)`, `quiet: ${VALID} valid`, `median ${fmt(q.median)} ms, p95 ${fmt(q.p95)} ms, max ${fmt(q.max)} ms (${quiet.statuses.join(', ')})`],
			[`trigger flood (n8n 2.41)`, `${VALID} valid during ${FORGED} forged at ${CONCURRENCY}`, `median ${fmt(d.median)} ms, p95 ${fmt(d.p95)} ms, max ${fmt(d.max)} ms (${during.statuses.join(', ')})`],
			[`trigger flood (n8n 2.41)`, `the ${FORGED} forged`, `all answered in ${fmt(flood.ms / 1000, 2)} s (${[...flood.statuses].map(([s, c]) => `${c} × ${s}`).join(', ')})`],
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
