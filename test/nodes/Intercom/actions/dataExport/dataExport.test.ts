/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: the exported files are gzipped CSV, read back with node:zlib */
import { gunzipSync, gzipSync } from 'node:zlib';

import { WAIT } from '../../../../../nodes/Intercom/transport';
import {
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const job = (status: string, extra: Record<string, unknown> = {}) => ({
	job_identifier: 'orzzsbd7hk67xyu',
	status,
	download_url:
		status === 'completed' ? 'https://api.intercom.io/download/content/data/orzzsbd7hk67xyu' : '',
	download_expires_at: status === 'completed' ? '1674917488' : '',
	...extra,
});
const CSV = 'user_id,email\n1,ada@example.com\n';
const RANGE = { createdAtAfter: '2026-11-01T00:00:00Z', createdAtBefore: '2026-11-02T00:00:00Z' };

/** Waits recorded instead of slept. */
let waits: number[] = [];
const realSleep = WAIT.sleep;
beforeEach(() => {
	waits = [];
	WAIT.sleep = async (ms: number) => {
		waits.push(ms);
	};
});
afterEach(() => {
	WAIT.sleep = realSleep;
});

describe('dataExport › create', () => {
	it('POSTs the range as Unix seconds and outputs the job', async () => {
		const { scope, requests } = intercom();
		scope.post('/export/content/data').reply(200, job('pending'));
		const result = await runIntercom({ resource: 'dataExport', operation: 'create', ...RANGE });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/export/content/data',
				body: { created_at_after: 1793491200, created_at_before: 1793577600 },
			}),
		]);
		expect(jsonOf(result)).toEqual([job('pending')]);
	});

	it('Wait for Completion reads the status every Poll Interval, then downloads the gzipped CSV into the chosen field', async () => {
		const gz = gzipSync(Buffer.from(CSV));
		const { scope, requests } = intercom();
		scope
			.post('/export/content/data')
			.reply(200, job('pending'))
			.get('/export/content/data/orzzsbd7hk67xyu')
			.reply(200, job('in_progress'))
			.get('/export/content/data/orzzsbd7hk67xyu')
			.reply(200, job('completed'))
			.get('/download/content/data/orzzsbd7hk67xyu')
			.matchHeader('accept', 'application/octet-stream')
			.reply(200, gz, { 'content-type': 'application/octet-stream' });
		const result = await runIntercom({
			resource: 'dataExport',
			operation: 'create',
			...RANGE,
			waitForCompletion: true,
			binaryPropertyName: 'export',
			pollSeconds: 5,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /export/content/data',
			'GET /export/content/data/orzzsbd7hk67xyu',
			'GET /export/content/data/orzzsbd7hk67xyu',
			'GET /download/content/data/orzzsbd7hk67xyu',
		]);
		expect(waits).toEqual([5000, 5000]);
		const [item] = result.items;
		expect(item.json).toEqual(job('completed'));
		expect(item.pairedItem).toEqual({ item: 0 });
		const file = item.binary?.export;
		expect(file).toMatchObject({
			fileName: 'intercom-content-export-orzzsbd7hk67xyu.csv.gz',
			mimeType: 'application/gzip',
		});
		expect(gunzipSync(Buffer.from(file!.data, 'base64')).toString('utf8')).toBe(CSV);
	});

	it('a job with no data gives the job alone; one that fails is an error naming it', async () => {
		const { scope } = intercom();
		scope
			.post('/export/content/data')
			.reply(200, job('pending'))
			.get('/export/content/data/orzzsbd7hk67xyu')
			.reply(200, job('no_data'));
		const empty = await runIntercom({
			resource: 'dataExport',
			operation: 'create',
			...RANGE,
			waitForCompletion: true,
		});
		expect(empty.error).toBeUndefined();
		expect(empty.items).toEqual([{ json: job('no_data'), pairedItem: { item: 0 } }]);

		scope
			.post('/export/content/data')
			.reply(200, job('pending'))
			.get('/export/content/data/orzzsbd7hk67xyu')
			.reply(200, job('failed'));
		const failed = await runIntercom({
			resource: 'dataExport',
			operation: 'create',
			...RANGE,
			waitForCompletion: true,
		});
		expect(failed.error?.message).toBe('The export job orzzsbd7hk67xyu ended as failed');
	});

	it('Max Wait bounds the reads: a job still running then fails the item, naming its Job ID', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/export/content/data')
			.reply(200, job('pending'))
			.get('/export/content/data/orzzsbd7hk67xyu')
			.times(3)
			.reply(200, job('in_progress'));
		const result = await runIntercom({
			resource: 'dataExport',
			operation: 'create',
			...RANGE,
			waitForCompletion: true,
			pollSeconds: 20,
			maxWaitMinutes: 1,
		});
		expect(result.error?.message).toBe(
			'The export job orzzsbd7hk67xyu is still in_progress after 1 minute(s)',
		);
		// 60 s at one read every 20 s: three reads after the create, then it stops.
		expect(requests).toHaveLength(4);
		expect(waits).toEqual([20000, 20000, 20000]);
	});

	it('refuses a range that ends before it starts, a missing date, a bad field name or a Poll Interval out of bounds, before any request', async () => {
		const { requests } = intercom();
		const cases: Array<[Record<string, unknown>, string]> = [
			[
				{ createdAtAfter: RANGE.createdAtBefore, createdAtBefore: RANGE.createdAtAfter },
				'Created Before: must be later than Created After (item 0)',
			],
			[
				{ createdAtAfter: '={{ "" }}', createdAtBefore: RANGE.createdAtBefore },
				'Created After: is empty (item 0)',
			],
			[
				{ ...RANGE, waitForCompletion: true, binaryPropertyName: 'my file' },
				'Put Output File in Field: "my file" is not a field name: use letters, digits, "_" or "-" (e.g. data) (item 0)',
			],
			[
				{ ...RANGE, waitForCompletion: true, pollSeconds: '={{ 1 }}' },
				'Poll Interval (Seconds): must be between 2 and 300, not 1 (item 0)',
			],
		];
		for (const [parameters, message] of cases) {
			const result = await runIntercom({
				resource: 'dataExport',
				operation: 'create',
				...parameters,
			});
			expect(result.error?.message).toBe(message);
		}
		expect(requests).toHaveLength(0);
	});

	it('an answer that is not a job (no documented status) is an error, not a silent success', async () => {
		const { scope } = intercom();
		scope.post('/export/content/data').reply(200, { job_identifier: 'x', status: 'queued' });
		const result = await runIntercom({ resource: 'dataExport', operation: 'create', ...RANGE });
		expect(result.error?.message).toMatch(/^Intercom's answer is not a data export job/);
	});
});

describe('dataExport › get, cancel, download', () => {
	it('Get Status GETs the job; Cancel POSTs /export/cancel/{job}', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/export/content/data/orzzsbd7hk67xyu')
			.reply(200, job('completed'))
			.post('/export/cancel/orzzsbd7hk67xyu')
			.reply(200, job('canceled'));
		const got = await runIntercom({
			resource: 'dataExport',
			operation: 'get',
			jobId: 'orzzsbd7hk67xyu',
		});
		const canceled = await runIntercom({
			resource: 'dataExport',
			operation: 'cancel',
			jobId: 'orzzsbd7hk67xyu',
		});
		expect(jsonOf(got)).toEqual([job('completed')]);
		expect(jsonOf(canceled)).toEqual([job('canceled')]);
		expect(requests.map((r) => [r.method, r.path, r.body])).toEqual([
			['GET', '/export/content/data/orzzsbd7hk67xyu', undefined],
			['POST', '/export/cancel/orzzsbd7hk67xyu', undefined],
		]);
	});

	it('Download keeps Intercom’s file name and type when it gives them', async () => {
		const { scope } = intercom();
		scope.get('/download/content/data/abc123').reply(200, Buffer.from('PK'), {
			'content-type': 'application/zip',
			'content-disposition': 'attachment; filename="../../export.zip"',
		});
		const result = await runIntercom({
			resource: 'dataExport',
			operation: 'download',
			jobId: 'abc123',
			binaryPropertyName: 'data',
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ job_identifier: 'abc123' });
		expect(result.items[0].binary?.data).toMatchObject({
			fileName: 'export.zip',
			mimeType: 'application/zip',
		});
		expect(Buffer.from(result.items[0].binary!.data.data, 'base64').toString()).toBe('PK');
	});

	it('a JSON answer to a download is not the file: an error; Intercom’s 404 comes through with its request ID; Continue On Fail gives one error item each', async () => {
		const { scope } = intercom();
		scope
			.get('/download/content/data/abc123')
			.reply(200, { type: 'job' }, { 'content-type': 'application/json' })
			.get('/download/content/data/gone')
			.reply(404, errorList('not_found', 'Export not found', 'req-7'));
		const result = await runIntercom(
			{ resource: 'dataExport', operation: 'download', jobId: '={{ $json.job }}' },
			{ input: [{ job: 'abc123' }, { job: 'gone' }, { job: '../x' }], continueOnFail: true },
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		const [notFile, gone, unsafe] = result.items.map((item) => String(item.json.error));
		expect(notFile).toMatch(/file/);
		expect(gone).toMatch(/^Intercom error 404: not_found: Export not found/);
		expect(result.items[1].json.requestId).toBe('req-7');
		expect(unsafe).toBe('Job ID: "../x" is not a valid Intercom ID (item 2)');
	});
});

contractSuite('data export');
