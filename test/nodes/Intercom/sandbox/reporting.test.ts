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
const CREATE = {
	resource: 'reportingDataExport',
	operation: 'create',
	datasetId: 'conversation',
	attributeIds: ['conversation.conversation_id', 'conversation.conversation_state'],
};

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

describe('reporting data exports against the sandbox', () => {
	it('Get Datasets lists the datasets; Create with Wait for Completion outputs the CSV of the conversations in the range', async () => {
		sandbox.seed({
			contacts: [{ role: 'user', email: 'ada@example.com' }],
			conversations: [
				{ email: 'ada@example.com', body: 'Hello' },
				{ email: 'ada@example.com', body: 'Again' },
			],
		});
		const datasets = jsonOf(
			await run({ resource: 'reportingDataExport', operation: 'getDatasets' }),
		);
		expect(datasets.map((d) => d.id)).toEqual(['conversation']);
		const attributes = datasets[0].attributes as Array<{ qualified_id: string }>;
		expect(attributes.map((a) => a.qualified_id)).toContain('conversation.conversation_state');

		const result = await run({
			...CREATE,
			startTime: iso(-3600),
			endTime: iso(3600),
			waitForCompletion: true,
			pollSeconds: 2,
			clientId: 'sandbox-client',
		});
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		expect(item.json.status).toBe('complete');
		const file = item.binary?.data;
		expect(file).toMatchObject({
			fileName: `intercom-reporting-export-${String(item.json.job_identifier)}.csv`,
			mimeType: 'text/csv',
		});
		const lines = Buffer.from(file!.data, 'base64').toString('utf8').trim().split('\n');
		expect(lines[0]).toBe('conversation_id,conversation_state');
		expect(lines.slice(1).sort()).toEqual(
			[...sandbox.store.conversations.keys()].map((id) => `${id},open`).sort(),
		);
		expect(sandbox.stats.byRoute).toMatchObject({
			'POST /export/reporting_data/enqueue': 1,
			'GET /me': 1,
			'GET /export/reporting_data/{job_identifier}': 2,
			'GET /download/reporting_data/{job_identifier}': 1,
		});
	});

	it('create → get status (pending, then complete) → download; a pending job cannot be downloaded; an unknown attribute is Intercom’s 400', async () => {
		const [job] = jsonOf(await run({ ...CREATE, startTime: iso(-60), endTime: iso(60) }));
		expect(job.status).toBe('pending');
		const jobId = String(job.job_identifier);
		const early = await run({ resource: 'reportingDataExport', operation: 'download', jobId });
		expect(early.error?.message).toBe('Intercom error 404: not_found: Export job not complete');
		const status = async () =>
			jsonOf(
				await run({
					resource: 'reportingDataExport',
					operation: 'get',
					jobId,
					clientId: 'sandbox-client',
				}),
			)[0];
		expect((await status()).status).toBe('pending');
		expect((await status()).status).toBe('complete');
		const done = await run({ resource: 'reportingDataExport', operation: 'download', jobId });
		expect(done.error).toBeUndefined();
		expect(Buffer.from(done.items[0].binary!.data.data, 'base64').toString('utf8')).toBe(
			'conversation_id,conversation_state\n',
		);

		const bad = await run({
			...CREATE,
			attributeIds: ['conversation.nope'],
			startTime: iso(-60),
			endTime: iso(60),
		});
		expect(bad.error?.message).toBe(
			'Intercom error 400: parameter_invalid: attribute_ids invalid for conversation dataset: conversation.nope',
		);
	});
});
