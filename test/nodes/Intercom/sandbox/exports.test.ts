/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: the exported files are gzipped CSV, read back with node:zlib */
import { gunzipSync } from 'node:zlib';

import { WAIT } from '../../../../nodes/Intercom/transport';
import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const run = async (parameters: Record<string, unknown>) =>
	await runIntercom(parameters as never, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
	});

const iso = (offsetSeconds: number) => new Date(Date.now() + offsetSeconds * 1000).toISOString();
const realSleep = WAIT.sleep;

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => {
	sandbox.reset();
	WAIT.sleep = async () => {};
});
afterEach(() => {
	WAIT.sleep = realSleep;
	expect(sandbox.violations).toEqual([]);
});

describe('content data exports against the sandbox', () => {
	it('Create with Wait for Completion follows the job and outputs the gzipped CSV of the range', async () => {
		for (const email of ['ada@example.com', 'grace@example.com']) {
			const created = await run({ resource: 'contact', operation: 'create', role: 'user', email });
			expect(created.error).toBeUndefined();
		}
		const result = await run({
			resource: 'dataExport',
			operation: 'create',
			createdAtAfter: iso(-3600),
			createdAtBefore: iso(3600),
			waitForCompletion: true,
			pollSeconds: 2,
		});
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		expect(item.json.status).toBe('completed');
		const file = item.binary?.data;
		expect(file?.fileName).toBe(
			`intercom-content-export-${String(item.json.job_identifier)}.csv.gz`,
		);
		expect(file?.mimeType).toBe('application/gzip');
		const csv = gunzipSync(Buffer.from(file!.data, 'base64')).toString('utf8').trim().split('\n');
		expect(csv[0]).toBe('user_id,user_external_id,company_id,email,name,content_type');
		expect(
			csv
				.slice(1)
				.map((line) => line.split(',')[3])
				.sort(),
		).toEqual(['ada@example.com', 'grace@example.com']);
		expect(sandbox.stats.byRoute).toMatchObject({
			'POST /export/content/data': 1,
			'GET /export/content/data/{job_identifier}': 2,
			'GET /download/content/data/{job_identifier}': 1,
		});
	});

	it('create → get status → cancel; a canceled or unfinished job cannot be downloaded; an empty range ends as no data', async () => {
		const [job] = jsonOf(
			await run({
				resource: 'dataExport',
				operation: 'create',
				createdAtAfter: iso(-60),
				createdAtBefore: iso(60),
			}),
		);
		expect(job.status).toBe('pending');
		const jobId = String(job.job_identifier);
		const [status] = jsonOf(await run({ resource: 'dataExport', operation: 'get', jobId }));
		expect(status.status).toBe('in_progress');
		const [canceled] = jsonOf(await run({ resource: 'dataExport', operation: 'cancel', jobId }));
		expect(canceled).toMatchObject({ job_identifier: jobId, status: 'canceled' });
		const download = await run({ resource: 'dataExport', operation: 'download', jobId });
		expect(download.error?.message).toBe('Intercom error 404: not_found: Export job not completed');

		const empty = await run({
			resource: 'dataExport',
			operation: 'create',
			createdAtAfter: iso(-60),
			createdAtBefore: iso(60),
			waitForCompletion: true,
			pollSeconds: 2,
		});
		expect(empty.error).toBeUndefined();
		expect(empty.items).toHaveLength(1);
		expect(empty.items[0].json.status).toBe('no_data');
		expect(empty.items[0].binary).toBeUndefined();
	});

	it('serves the file only to Accept: application/octet-stream, as Intercom requires', async () => {
		const [job] = jsonOf(
			await run({
				resource: 'dataExport',
				operation: 'create',
				createdAtAfter: iso(-60),
				createdAtBefore: iso(60),
			}),
		);
		const answer = await fetch(
			`${sandbox.url}/download/content/data/${String(job.job_identifier)}`,
			{
				headers: {
					authorization: `Bearer ${SANDBOX_TOKEN}`,
					'intercom-version': '2.16',
					accept: 'application/json',
				},
			},
		);
		expect(answer.status).toBe(406);
		expect(((await answer.json()) as { errors: Array<{ code: string }> }).errors[0].code).toBe(
			'not_acceptable',
		);
	});
});
