#!/usr/bin/env node
// Benchmarks of the Intercom node's throughput (run by hand: `npm run bench`, or
// `node bench/run.mjs [bulk|ratelimit|returnall|faults|download|flood|poll|flood-n8n]`). Each runs the node's real execute()
// through test/harness/run-node.ts against the sandbox (sandbox/, in a process of its own:
// bench/sandbox-process.mjs) on loopback and prints
// figures; nothing is asserted here (the behaviour is tested in `npx jest`).
//
//   bulk       2,000 contact updates, 50 ms sandbox latency: Requests in Parallel 1 vs 5 vs 20
//   ratelimit  contact updates at 20 in parallel under 600 calls/min in 10-second windows
//   returnall  Return All over 10,000 contacts: requests, time, peak heap and RSS (child process)
//   faults     10% of requests answered 500 or dropped: bulk update (PUT) and create (POST)
//   download   a 50 MB export file through Data Export → Download, in n8n's default (memory) and
//              filesystem binary data modes: time, peak RSS, what the item holds
//              (bench/download-memory.mjs, a process per mode)
//   flood      Intercom Trigger: a valid notification's answer time, quiet and during 200 forged
//              notifications at 20 concurrent (bench/trigger-flood.mjs: the trigger's webhook()
//              through n8n-core's WebhookContext, no sandbox)
//   flood-n8n  the same in a real n8n 2.41.0, and the answer times of 50 valid notifications at once
//              next to 50 POSTs at once to n8n's own Webhook node (bench/trigger-flood-n8n.mjs, the
//              end-to-end kit: installs the runtime on first use); only when named
//   poll       Intercom Polling Trigger: search requests per idle poll, for a burst of 1,000 records
//              (Max Items 100 and 1000: polls, requests, missed and duplicated, order) and with records
//              in the Look Back window; time per poll (bench/poll-cost.mjs: the trigger's poll()
//              through test/harness/run-poll.ts, the sandbox in this process; about 35 s)
//
// Sizes can be changed: BENCH_BULK=2000 BENCH_RATELIMIT=2000 BENCH_FAULTS=500, BENCH_PARALLEL=1,5,20,
// BENCH_DOWNLOAD_MB=50, BENCH_POLL_BURST=1000 BENCH_POLL_IDLE=20 BENCH_POLL_MAX_ITEMS=100,1000.

import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { pollCost } from './poll-cost.mjs';
import { triggerFlood } from './trigger-flood.mjs';
import { triggerFloodN8n } from './trigger-flood-n8n.mjs';

const require = createRequire(import.meta.url);
const { requireTs } = require('../scripts/lib/ts-require.cjs');
const { startSandbox, SANDBOX_TOKEN } = requireTs('sandbox/index.ts');
const { runNode } = requireTs('test/harness/run-node.ts');
// The harness loads nock, which intercepts every HTTP request in the process; the benchmarks talk
// to the sandbox over real sockets, as n8n does, so interception is switched off.
require('nock').restore();
const { Intercom } = requireTs('nodes/Intercom/Intercom.node.ts');
const { IntercomAccessTokenApi } = requireTs('credentials/IntercomAccessTokenApi.credentials.ts');

const BULK = Number(process.env.BENCH_BULK ?? 2000);
// BENCH_PARALLEL=1,5,20: the Requests in Parallel values of the bulk benchmark (speed-ups are against the first).
const RATELIMITED = Number(process.env.BENCH_RATELIMIT ?? 2000);
const FAULTED = Number(process.env.BENCH_FAULTS ?? 500);
const only = process.argv[2];

const cpu =
	(readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ??
	os.cpus()[0]?.model ??
	'?';
const machine = `${os.cpus().length} cores, ${cpu.trim()}, Node ${process.version}, ${os.platform()} ${os.release()}`;

async function run(sandbox, parameters, input, continueOnFail = false) {
	const started = process.hrtime.bigint();
	const result = await runNode({
		node: new Intercom(),
		parameters,
		credentials: {
			intercomAccessTokenApi: {
				accessToken: SANDBOX_TOKEN,
				region: 'custom',
				baseUrl: sandbox.url,
				apiVersion: '2.16',
			},
		},
		credentialTypes: [new IntercomAccessTokenApi()],
		input,
		continueOnFail,
		allowUnmatchedRequests: true,
		timeoutMs: 30 * 60_000,
	});
	return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

const contacts = (count, prefix) => ({
	contacts: Array.from({ length: count }, (_, k) => ({
		role: 'user',
		email: `${prefix}${k}@example.com`,
	})),
});

/**
 * The sandbox in its own process (bench/sandbox-process.mjs), seeded with `seed`: the node under
 * test keeps its thread to itself, as it would against Intercom. Stats and recorded requests come
 * through the sandbox's control API.
 */
async function sandboxProcess(options, seed) {
	const script = fileURLToPath(new URL('./sandbox-process.mjs', import.meta.url));
	const child = spawn(process.execPath, [script, JSON.stringify(options), JSON.stringify(seed)], {
		stdio: ['pipe', 'pipe', 'inherit'],
	});
	const exited = new Promise((resolve) => child.on('exit', resolve));
	const { url, contactIds } = await new Promise((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (chunk) => {
			out += chunk;
			const nl = out.indexOf('\n');
			if (nl >= 0) resolve(JSON.parse(out.slice(0, nl)));
		});
		child.on('exit', (code) =>
			reject(new Error(`the sandbox process ended (${code}) before it listened`)),
		);
	});
	const control = async (method, what) =>
		await (await fetch(`${url}/__sandbox/${what}`, { method })).json();
	return {
		url,
		contactIds,
		stats: async () => await control('GET', 'stats'),
		resetStats: async () => await control('DELETE', 'stats'),
		requests: async () => await control('GET', 'requests'),
		close: async () => {
			child.stdin.end();
			await exited;
		},
	};
}

const update = (parallel) => ({
	resource: 'contact',
	operation: 'update',
	contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
	updateFields: { name: '={{ "Bench " + $json.n }}' },
	options: { requestsInParallel: parallel },
});

const fmt = (n, d = 0) =>
	n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const rows = [];

const first = (times) => Object.values(times)[0];

async function bulk() {
	const sandbox = await sandboxProcess(
		{ latencyMs: 50, validate: false, keepRequests: 10 },
		contacts(BULK, 'bulk'),
	);
	const input = sandbox.contactIds.map((id, n) => ({ id, n }));
	const times = {};
	for (const parallel of (process.env.BENCH_PARALLEL ?? '1,5,20').split(',').map(Number)) {
		await sandbox.resetStats();
		const { result, ms } = await run(sandbox, update(parallel), input);
		const stats = await sandbox.stats();
		times[parallel] = ms;
		const failed = result.error
			? 'run failed: ' + result.error.message
			: `${result.items.filter((i) => i.json.error).length} failed`;
		const line = `${fmt(BULK)} updates, parallel ${parallel}: ${fmt(ms / 1000, 1)} s, ${fmt(stats.requests / (ms / 1000), 1)} req/s, speed-up ×${fmt(first(times) / ms, 1)}, max in flight ${stats.maxInFlight}, ${failed}`;
		console.log(`bulk      ${line}`);
		rows.push([
			'1 bulk update (50 ms latency)',
			`parallel ${parallel}`,
			`${fmt(ms / 1000, 1)} s · ${fmt(stats.requests / (ms / 1000), 1)} req/s · ×${fmt(first(times) / ms, 1)}`,
		]);
	}
	await sandbox.close();
}

async function ratelimit() {
	const perMinute = 600;
	const windowSeconds = 10;
	const perWindow = (perMinute * windowSeconds) / 60;
	const sandbox = await sandboxProcess(
		{ rateLimit: { perMinute, windowSeconds }, validate: false, keepRequests: 10 },
		contacts(RATELIMITED, 'rl'),
	);
	const ids = sandbox.contactIds;
	// Start just after a window begins, so the windows used are whole ones.
	const windowMs = windowSeconds * 1000;
	await new Promise((r) => setTimeout(r, windowMs - (Date.now() % windowMs) + 20));
	const startWindow = Math.floor(Date.now() / windowMs);
	await sandbox.resetStats();
	const { result, ms } = await run(
		sandbox,
		update(20),
		ids.map((id, n) => ({ id, n })),
	);
	const stats = await sandbox.stats();
	const endWindow = Math.floor(Date.now() / windowMs);
	const windows = endWindow - startWindow + 1;
	const achieved = (stats.requests / (windows * windowSeconds)) * 60;
	const failed = result.error ? RATELIMITED : result.items.filter((i) => i.json.error).length;
	console.log(
		`ratelimit ${fmt(RATELIMITED)} updates at parallel 20, limit ${perMinute}/min (${perWindow} per ${windowSeconds} s window): ${fmt(ms / 1000, 1)} s over ${windows} windows, ` +
			`${stats.requests} requests, achieved ${fmt(achieved)}/min = ${fmt(achieved / perMinute, 2)} of the limit, ${failed} failed items, ${stats.rateLimited} × 429`,
	);
	rows.push([
		'2 rate limit 600/min (10 s windows)',
		`${fmt(RATELIMITED)} updates, parallel 20`,
		`${fmt(achieved)}/min = ${fmt(achieved / perMinute, 2)} of limit · ${failed} failed · ${stats.rateLimited} × 429 · ${fmt(ms / 1000, 1)} s`,
	]);
	await sandbox.close();
}

async function returnall() {
	const sandbox = await startSandbox({ validate: false, keepRequests: 200 });
	sandbox.seed({
		contacts: Array.from({ length: 10_000 }, (_, k) => ({
			role: 'user',
			email: `ra${k}@example.com`,
			name: `Contact ${k}`,
		})),
	});
	const script = fileURLToPath(new URL('../test/harness/return-all-memory.mjs', import.meta.url));
	const probe = async (sampleMs) => {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--expose-gc', script, sandbox.url, 'true'],
			{ env: { ...process.env, SAMPLE_MS: String(sampleMs) } },
		);
		return JSON.parse(stdout.trim().split('\n').pop());
	};
	const timed = await probe(10 ** 9); // no heap sampling: the time as a workflow would see it
	const pages = sandbox.requests.filter(
		(r) => r.path === '/contacts' && r.query.per_page === '150',
	).length;
	const sampled = await probe(20); // heap sampled after a forced GC every 20 ms
	const MB = 1024 * 1024;
	console.log(
		`returnall 10,000 contacts (Simplify on): ${timed.items} items, ${pages} requests, ${fmt(timed.ms / 1000, 2)} s; ` +
			`heap before ${fmt(sampled.base / MB, 1)} MB, peak during run +${fmt((sampled.peak - sampled.base) / MB, 1)} MB, after run +${fmt((sampled.retained - sampled.base) / MB, 1)} MB, ` +
			`result itself ${fmt(sampled.resultHeap / MB, 1)} MB heap (${fmt(sampled.resultJsonBytes / MB, 1)} MB JSON), peak RSS ${fmt(timed.maxRss / MB)} MB`,
	);
	rows.push([
		'3 Return All, 10,000 contacts',
		`${pages} requests`,
		`${fmt(timed.ms / 1000, 2)} s · heap peak +${fmt((sampled.peak - sampled.base) / MB, 1)} MB (result ${fmt(sampled.resultHeap / MB, 1)} MB) · peak RSS ${fmt(timed.maxRss / MB)} MB`,
	]);
	await sandbox.close();
}

async function faults() {
	const sandbox = await sandboxProcess(
		{
			validate: false,
			keepRequests: 100_000,
			faults: { errorRate: 0.05, dropRate: 0.05 },
			seed: 42,
		},
		contacts(FAULTED, 'f'),
	);
	const ids = sandbox.contactIds;
	const report = async (label, items, method, keyOf) => {
		const sent = (await sandbox.requests()).filter((r) => r.method === method);
		const perKey = new Map();
		for (const r of sent) perKey.set(keyOf(r), (perKey.get(keyOf(r)) ?? 0) + 1);
		const retries = sent.length - perKey.size;
		const errors = items.filter((i) => i.json.error).length;
		const injected = sent.filter((r) => r.fault).length;
		console.log(
			`faults    ${label}: items in ${FAULTED}, out ${items.length}, error items ${errors}, ${method} requests ${sent.length} (${injected} faulted), ${method} retries ${retries}`,
		);
		rows.push([
			`4 faults 10% (${label})`,
			`${FAULTED} items, parallel 5`,
			`in ${FAULTED} = out ${items.length} · ${errors} error items · ${injected} faults · ${retries} ${method} retries`,
		]);
	};
	const put = await run(
		sandbox,
		update(5),
		ids.map((id, n) => ({ id, n })),
		true,
	);
	await report('update, PUT', put.result.items, 'PUT', (r) => r.path);
	const post = await run(
		sandbox,
		{
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: '={{ $json.email }}',
			options: { requestsInParallel: 5 },
		},
		Array.from({ length: FAULTED }, (_, n) => ({ email: `created${n}@example.com` })),
		true,
	);
	await report('create, POST', post.result.items, 'POST', (r) => r.body?.email);
	await sandbox.close();
}

async function download() {
	const megabytes = Number(process.env.BENCH_DOWNLOAD_MB ?? 50);
	const script = fileURLToPath(new URL('./download-memory.mjs', import.meta.url));
	const MB = 1024 * 1024;
	for (const mode of ['default', 'filesystem']) {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--expose-gc', script, String(megabytes), mode],
			{ maxBuffer: 16 * MB },
		);
		const r = JSON.parse(stdout.trim().split('\n').pop());
		if (r.bytes !== r.size) throw new Error(`download ${mode}: ${r.bytes} bytes of ${r.size}`);
		const held =
			r.inItem > 1000
				? `the item holds ${fmt(r.inItem / MB, 1)} MB of base64`
				: `the item holds a reference; ${fmt(r.onDisk / MB, 1)} MB on disk`;
		console.log(
			`download  ${megabytes} MB, binary data mode ${mode}: ${fmt(r.ms)} ms, peak RSS +${fmt((r.peakRss - r.baseRss) / MB)} MB over ${fmt(r.baseRss / MB)} MB, ${held}`,
		);
		rows.push([
			`5 Download, ${megabytes} MB export file`,
			`binary data mode ${mode}`,
			`${fmt(r.ms)} ms · peak RSS +${fmt((r.peakRss - r.baseRss) / MB)} MB · ${held}`,
		]);
	}
}

console.log(`machine   ${machine}`);
async function flood() {
	const { lines, rows: floodRows } = await triggerFlood();
	for (const line of lines) console.log(line);
	rows.push(...floodRows);
}

async function floodN8n() {
	const { rows: floodRows } = await triggerFloodN8n();
	rows.push(...floodRows);
}

async function poll() {
	const { lines, table, lookBackTable, rows: pollRows } = await pollCost();
	for (const line of lines) console.log(line);
	console.log(`\n${table.join('\n')}\n\n${lookBackTable.join('\n')}\n`);
	rows.push(...pollRows);
}

const all = {
	bulk,
	ratelimit,
	returnall,
	faults,
	download,
	flood,
	poll,
	'flood-n8n': floodN8n,
};
const onlyWhenNamed = new Set(['flood-n8n']);
for (const [name, bench] of Object.entries(all))
	if (only ? only === name : !onlyWhenNamed.has(name)) await bench();

const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 10));
const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(`\nSummary (${machine})`);
console.log(line(['benchmark', 'run', 'result']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
