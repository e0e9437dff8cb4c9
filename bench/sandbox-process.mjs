#!/usr/bin/env node
// The sandbox in a process of its own for the benchmarks, so its work does not share the node's
// thread (the real Intercom does not share n8n's CPU either). Started by bench/run.mjs:
//
//   node bench/sandbox-process.mjs '<startSandbox options as JSON>' '<seed as JSON>'
//
// Prints one JSON line {url, contactIds} once it listens, then runs until its stdin closes.
// Stats, recorded requests and config go through the sandbox's control API (/__sandbox/...).

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { requireTs } = require('../scripts/lib/ts-require.cjs');
const { startSandbox } = requireTs('sandbox/index.ts');

const options = JSON.parse(process.argv[2] ?? '{}');
const seed = JSON.parse(process.argv[3] ?? '{}');

const sandbox = await startSandbox(options);
const seeded = sandbox.seed(seed);
process.stdout.write(
	`${JSON.stringify({ url: sandbox.url, contactIds: (seeded.contacts ?? []).map((c) => c.id) })}\n`,
);

process.stdin.resume();
process.stdin.on('end', async () => {
	await sandbox.close();
	process.exit(0);
});
