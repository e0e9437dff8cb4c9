// Benchmark of the Intercom Trigger under a flood of forged notifications (run by hand:
// `node bench/run.mjs flood`, or `node bench/trigger-flood.mjs` alone). It calls the trigger's real
// webhook() through n8n-core's WebhookContext (test/harness/run-webhook.ts, as the unit tests do)
// and measures how long a valid, signed notification takes to be answered: quiet, then while
// forged notifications (wrong signature) arrive at a given concurrency.
//
// What the harness lacks of n8n is modelled, from what n8n 2.41 does (README, Trigger setup →
// Under load): a credential read holds one of n8n's expression isolates for BENCH_READ_MS (15 ms),
// and n8n takes an isolate for every webhook call of a trigger node (BENCH_PHASE_MS, 1 ms) before
// the trigger runs; calls and reads take turns on BENCH_ISOLATES isolates (1). Nothing is asserted
// here (the behaviour is tested in `npx jest test/nodes/IntercomTrigger`).
//
// Sizes: BENCH_FORGED=200 forged at BENCH_FORGED_CONCURRENCY=20, BENCH_VALID=20 valid ones. The
// flood starts BENCH_FLOOD_GAP_MS (5,100 ms) after the last credential read, so a forged
// notification may make the trigger read the credential again (it does so at most every 5 s).

import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { requireTs } = require('../scripts/lib/ts-require.cjs');

const FORGED = Number(process.env.BENCH_FORGED ?? 200);
const CONCURRENCY = Number(process.env.BENCH_FORGED_CONCURRENCY ?? 20);
const VALID = Number(process.env.BENCH_VALID ?? 20);
const READ_MS = Number(process.env.BENCH_READ_MS ?? 15);
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 1);
const ISOLATES = Number(process.env.BENCH_ISOLATES ?? 1);
const GAP_MS = Number(process.env.BENCH_FLOOD_GAP_MS ?? 5100);

const SECRET = 'bench-client-secret';
const sleep = async (ms) => await new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (n, d = 0) =>
	n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** n8n's expression isolates: `use(ms)` waits for a free one (first come, first served) and holds it. */
function isolatePool(size) {
	let free = size;
	const waiting = [];
	return async (ms) => {
		if (free > 0) free--;
		else await new Promise((resolve) => waiting.push(resolve));
		try {
			await sleep(ms);
		} finally {
			const next = waiting.shift();
			if (next) next();
			else free++;
		}
	};
}

const percentile = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (times) => {
	const sorted = [...times].sort((a, b) => a - b);
	const mean = sorted.reduce((sum, t) => sum + t, 0) / sorted.length;
	return { mean, median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) };
};

export async function triggerFlood() {
	const { runWebhook, newStaticDataStore } = requireTs('test/harness/run-webhook.ts');
	const { IntercomTrigger } = requireTs('nodes/IntercomTrigger/IntercomTrigger.node.ts');
	const { IntercomAccessTokenApi } = requireTs('credentials/IntercomAccessTokenApi.credentials.ts');
	const trigger = new IntercomTrigger();
	const credentialTypes = [new IntercomAccessTokenApi()];
	const credentials = {
		intercomAccessTokenApi: { accessToken: 'bench-token', region: 'us', clientSecret: SECRET },
	};
	const store = newStaticDataStore('always');
	const useIsolate = isolatePool(ISOLATES);
	let reads = 0;
	let counter = 0;

	const body = (id) =>
		Buffer.from(
			JSON.stringify({
				type: 'notification_event',
				app_id: 'bench123',
				data: {
					type: 'notification_event_data',
					item: { type: 'contact', id: `c${id}`, role: 'user' },
				},
				links: {},
				id: `notif_bench_${id}`,
				topic: 'contact.user.created',
				delivery_status: 'pending',
				delivery_attempts: 1,
				delivered_at: 0,
				first_sent_at: 1760000000,
				created_at: 1760000000,
				self: null,
			}),
		);
	/** One request as n8n handles it: the webhook phase's isolate, then the trigger's webhook(). */
	const send = async (signWith) => {
		const raw = body(++counter);
		const signature = `sha1=${createHmac('sha1', signWith).update(raw).digest('hex')}`;
		const started = process.hrtime.bigint();
		await useIsolate(PHASE_MS);
		const { response, emitted } = await runWebhook({
			node: trigger,
			parameters: {},
			credentials,
			credentialTypes,
			store,
			headers: { 'x-hub-signature': signature },
			rawBody: raw,
			onCredentialRead: async () => {
				reads++;
				await useIsolate(READ_MS);
			},
		});
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		const status = response.ended ? response.statusCode : 200;
		return { ms, status, emitted: emitted.length };
	};

	// Warm-up: the first call loads n8n-core's code paths and reads the secret once.
	await send(SECRET);

	reads = 0;
	const quiet = [];
	for (let k = 0; k < VALID; k++) quiet.push((await send(SECRET)).ms);
	const quietReads = reads;

	await sleep(GAP_MS);
	reads = 0;
	let sent = 0;
	let refused = 0;
	let flooding = true;
	const forger = async () => {
		while (sent < FORGED) {
			sent++;
			if ((await send('forged-secret')).status === 401) refused++;
		}
	};
	const started = process.hrtime.bigint();
	const flood = Promise.all(Array.from({ length: CONCURRENCY }, forger)).then(() => {
		flooding = false;
	});
	const during = [];
	let emittedDuring = 0;
	// Valid notifications one after another while the flood lasts (at least VALID of them).
	while (flooding || during.length < VALID) {
		const { ms, emitted } = await send(SECRET);
		during.push(ms);
		emittedDuring += emitted;
	}
	await flood;
	const floodMs = Number(process.hrtime.bigint() - started) / 1e6;
	const floodReads = reads;

	const q = summary(quiet);
	const f = summary(during);
	const model = `credential read ${READ_MS} ms, webhook phase ${PHASE_MS} ms, ${ISOLATES} isolate${ISOLATES === 1 ? '' : 's'}`;
	const lines = [
		`flood     ${model}`,
		`flood     quiet: ${VALID} valid notifications, mean ${fmt(q.mean, 1)} ms, median ${fmt(q.median, 1)} ms, p95 ${fmt(q.p95, 1)} ms, max ${fmt(q.max, 1)} ms, ${quietReads} credential reads`,
		`flood     ${FORGED} forged at ${CONCURRENCY} concurrent (${fmt(floodMs)} ms, ${refused} refused with 401): ${during.length} valid notifications ` +
			`(${emittedDuring} emitted), mean ${fmt(f.mean, 1)} ms, median ${fmt(f.median, 1)} ms, p95 ${fmt(f.p95, 1)} ms, max ${fmt(f.max, 1)} ms, ${floodReads} credential reads`,
	];
	const rows = [
		[
			'5 trigger, valid notification',
			`quiet (${model})`,
			`mean ${fmt(q.mean, 1)} ms · median ${fmt(q.median, 1)} ms · p95 ${fmt(q.p95, 1)} ms · ${quietReads} credential reads`,
		],
		[
			'',
			`during ${FORGED} forged at ${CONCURRENCY} concurrent (${fmt(floodMs)} ms)`,
			`mean ${fmt(f.mean, 1)} ms · median ${fmt(f.median, 1)} ms · p95 ${fmt(f.p95, 1)} ms · max ${fmt(f.max, 1)} ms · ${refused}/${FORGED} refused · ${floodReads} credential reads`,
		],
	];
	return { lines, rows };
}

// Run alone: `node bench/trigger-flood.mjs`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { lines, rows } = await triggerFlood();
	for (const line of lines) console.log(line);
	console.log('\n| benchmark | run | result |\n| --- | --- | --- |');
	for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
