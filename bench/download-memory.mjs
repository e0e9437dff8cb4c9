#!/usr/bin/env node
// Memory of a large file download through the node (Data Export → Download), in a process of its
// own per n8n binary data mode (run with --expose-gc):
//
//   node --expose-gc bench/download-memory.mjs <MB> <default|filesystem>
//
// A loopback server stands in for Intercom's download endpoint and answers <MB> of random bytes
// (incompressible, as a gzipped CSV is) to Accept: application/octet-stream. The node's real
// execute() runs through test/harness/run-node.ts. In `filesystem` mode n8n-core's
// BinaryDataService is initialised on a temporary folder (what n8n does with
// N8N_DEFAULT_BINARY_DATA_MODE=filesystem); in `default` it is not, and n8n keeps the file in the
// item as base64. After a warm-up download of 1 KB the big one is timed; the process's peak RSS
// (getrusage) is compared with its RSS before it. Prints one JSON line; bench/run.mjs
// (`download`) makes the table.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { requireTs } = require('../scripts/lib/ts-require.cjs');

if (typeof globalThis.gc !== 'function') {
	console.error('run with node --expose-gc');
	process.exit(2);
}
const gc = globalThis.gc;
const MB = 1024 * 1024;
const size = Number(process.argv[2] ?? 50) * MB;
const mode = process.argv[3] ?? 'default';

const storage = mkdtempSync(path.join(os.tmpdir(), 'intercom-bench-binary-'));
if (mode === 'filesystem') {
	process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
	process.env.N8N_BINARY_DATA_STORAGE_PATH = storage;
	process.env.N8N_USER_FOLDER = storage;
	// n8n-core's own copy of the DI container (it has one nested in its node_modules).
	const core = path.dirname(require.resolve('n8n-core/package.json'));
	const { Container } = require(require.resolve('@n8n/di', { paths: [core] }));
	const { BinaryDataService } = require('n8n-core');
	await Container.get(BinaryDataService).init();
}

const { runNode } = requireTs('test/harness/run-node.ts');
require('nock').restore();
const { Intercom } = requireTs('nodes/Intercom/Intercom.node.ts');
const { IntercomAccessTokenApi } = requireTs('credentials/IntercomAccessTokenApi.credentials.ts');

// The file is made once; the server writes it in 64 KB chunks, as a network would deliver it.
const file = randomBytes(size);
const server = createServer((req, res) => {
	if (!/application\/octet-stream/.test(req.headers.accept ?? '')) {
		res.writeHead(406).end();
		return;
	}
	// The warm-up job is 1 KB; any other is the big file.
	const length = req.url.includes('/warmup') ? 1024 : size;
	res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': length });
	let offset = 0;
	const push = () => {
		while (offset < length) {
			const chunk = file.subarray(offset, Math.min(length, offset + 64 * 1024));
			offset += chunk.length;
			if (!res.write(chunk)) return res.once('drain', push);
		}
		res.end();
	};
	push();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}`;

const options = {
	node: new Intercom(),
	parameters: {
		resource: 'dataExport',
		operation: 'download',
		jobId: 'bench1',
		binaryPropertyName: 'data',
	},
	credentials: {
		intercomAccessTokenApi: {
			accessToken: 'bench-token',
			region: 'custom',
			baseUrl: url,
			apiVersion: '2.16',
		},
	},
	credentialTypes: [new IntercomAccessTokenApi()],
	allowUnmatchedRequests: true,
	timeoutMs: 300_000,
};

const download = async (jobId) => {
	const result = await runNode({ ...options, parameters: { ...options.parameters, jobId } });
	if (result.error) throw result.error;
	return result;
};

await download('warmup'); // a 1 KB file first: every module loaded
gc();
const base = process.memoryUsage();
const started = process.hrtime.bigint();
let result = await download('bench1');
const ms = Number(process.hrtime.bigint() - started) / 1e6;
// The process's peak resident memory (the warm-up's is below the base taken after it).
const peakRss = process.resourceUsage().maxRSS * 1024;
gc();
const after = process.memoryUsage();
const binary = result.items[0].binary.data;
// Checked after the measurement: decoding the base64 copy takes memory of its own.
const bytes = binary.id ? Number(binary.bytes) : Buffer.from(binary.data, 'base64').length;
const inItem = typeof binary.data === 'string' ? binary.data.length : 0;
let onDisk = 0;
if (binary.id) {
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else onDisk += statSync(full).size;
		}
	};
	walk(storage);
}
result = undefined;
server.close();
rmSync(storage, { recursive: true, force: true });
console.log(
	JSON.stringify({
		mode,
		size,
		bytes,
		ms,
		baseRss: base.rss,
		peakRss,
		// What the finished run keeps: V8 heap, and memory outside it (Buffers, large strings).
		retainedHeap: after.heapUsed - base.heapUsed,
		retainedExternal: after.external - base.external,
		inItem,
		onDisk,
	}),
);
