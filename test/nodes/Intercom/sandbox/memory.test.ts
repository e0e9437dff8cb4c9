/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test-only: the heap is measured in a child process (node:child_process, process.execPath) */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

import type { Sandbox } from '../../../../sandbox';
import { startSandbox } from '../../../../sandbox';

// contact › getAll with Return All over 10,000 contacts, run by test/harness/return-all-memory.mjs
// in a child process with --expose-gc against this sandbox: the heap is sampled after forced
// collections during the run.
let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ validate: false });
	sandbox.seed({
		contacts: Array.from({ length: 10_000 }, (_, k) => ({
			role: 'user',
			email: `m${k}@example.com`,
			name: `Contact ${k}`,
		})),
	});
});

afterAll(async () => {
	await sandbox.close();
});

interface Probe {
	items: number;
	ids: number;
	error?: string;
	base: number;
	peak: number;
	retained: number;
	resultHeap: number;
}

it('Return All over 10,000 contacts: 67 requests, and the run never holds much more than its result', async () => {
	const script = resolve(__dirname, '../../../harness/return-all-memory.mjs');
	const { stdout } = await promisify(execFile)(
		process.execPath,
		['--expose-gc', script, sandbox.url, 'true'],
		{ timeout: 80_000, env: { ...process.env, SAMPLE_MS: '200' } },
	);
	const probe = JSON.parse(stdout.trim().split('\n').pop()!) as Probe;
	expect(probe.error).toBeUndefined();
	expect(probe.items).toBe(10_000);
	expect(probe.ids).toBe(10_000);
	// 67 pages of up to 150 (the probe's warm-up run asked one page of 10 first).
	const pages = sandbox.requests.filter(
		(r) => r.path === '/contacts' && r.query.per_page === '150',
	);
	expect(pages).toHaveLength(67);
	expect(sandbox.stats.requests).toBe(68);
	// Live heap at any sample during the run exceeds what the run leaves behind by at most a few
	// pages: raw pages are not kept (150 raw contacts are ~140 kB as JSON).
	const MB = 1024 * 1024;
	expect(probe.peak - probe.retained).toBeLessThan(2 * MB);
	// What it leaves behind includes the engine's run data besides the items, so it is only
	// bounded loosely by the size of the result.
	expect(probe.retained - probe.base).toBeLessThan(6 * probe.resultHeap);
}, 90_000);
