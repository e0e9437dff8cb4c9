#!/usr/bin/env node
// Heap use of the Intercom node's contact › getAll with Return All, measured in a process of its
// own (run with --expose-gc) against a sandbox already running elsewhere (given by URL, seeded by
// the caller), so the sandbox's own data is not in this heap. The node's real execute() runs
// through test/harness/run-node.ts. After a warm-up run (Limit 10, so every module is loaded) the
// heap is sampled after a forced collection every few milliseconds, so the peak counts live
// objects only. Prints one JSON line. Used by test/nodes/Intercom/sandbox/memory.test.ts and bench/.
//
//   node --expose-gc test/harness/return-all-memory.mjs <sandbox URL> [simple=true|false]

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { requireTs } = require('../../scripts/lib/ts-require.cjs');

if (typeof globalThis.gc !== 'function') {
	console.error('run with node --expose-gc');
	process.exit(2);
}
const gc = globalThis.gc;

const url = process.argv[2];
const simple = (process.argv[3] ?? 'true') !== 'false';
const SANDBOX_TOKEN = 'sandbox-token';

const { runNode } = requireTs('test/harness/run-node.ts');
const { Intercom } = requireTs('nodes/Intercom/Intercom.node.ts');
const { IntercomAccessTokenApi } = requireTs('credentials/IntercomAccessTokenApi.credentials.ts');

const options = {
	node: new Intercom(),
	parameters: { resource: 'contact', operation: 'getAll', returnAll: true, simple },
	credentials: {
		intercomAccessTokenApi: {
			accessToken: SANDBOX_TOKEN,
			region: 'custom',
			baseUrl: url,
			apiVersion: '2.16',
		},
	},
	credentialTypes: [new IntercomAccessTokenApi()],
	allowUnmatchedRequests: true,
	timeoutMs: 120_000,
};

await runNode({ ...options, parameters: { ...options.parameters, returnAll: false, limit: 10 } });
gc();
const base = process.memoryUsage().heapUsed;
let peak = base;
let samples = 0;
const sampler = setInterval(
	() => {
		gc();
		samples++;
		peak = Math.max(peak, process.memoryUsage().heapUsed);
	},
	Number(process.env.SAMPLE_MS ?? 100),
);
const started = process.hrtime.bigint();
let result = await runNode(options);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
clearInterval(sampler);
gc();
const retained = process.memoryUsage().heapUsed;
peak = Math.max(peak, retained);
const items = result.items.length;
const ids = new Set(result.items.map((i) => i.json.id)).size;
const error = result.error?.message;
const resultJsonBytes = JSON.stringify(result.items.map((i) => i.json)).length;
// The heap size of the result itself: a copy of the output items, measured.
let copy = structuredClone(result.items);
gc();
const resultHeap = process.memoryUsage().heapUsed - retained;
copy = undefined;
result = undefined;
void copy;
const rss = process.memoryUsage().rss;
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(
	JSON.stringify({
		simple,
		items,
		ids,
		error,
		ms,
		base,
		peak,
		retained,
		resultHeap,
		resultJsonBytes,
		rss,
		maxRss,
		samples,
	}),
);
