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

const JOB = 'job1a2b3c';
const job = (status: string) => ({
	job_identifier: JOB,
	status,
	download_url:
		status === 'complete' ? `https://api.intercom.io/download/reporting_data/${JOB}` : '',
	download_expires_at: status === 'complete' ? '1793577600' : '',
});
const ME = { type: 'admin', id: '1', app: { type: 'app', id_code: 'abc123de' } };
const DATASETS = {
	type: 'list',
	data: [
		{
			id: 'conversation',
			name: 'Conversation',
			description: 'Conversation-level details',
			default_time_attribute_id: 'conversation_started_at',
			attributes: [
				{ id: 'conversation_id', qualified_id: 'conversation.conversation_id', name: 'ID' },
				{
					id: 'conversation_started_at',
					qualified_id: 'conversation.conversation_started_at',
					name: 'Started at',
				},
			],
		},
		{ id: 'ticket', name: 'Ticket', attributes: [] },
	],
};
const CSV = 'conversation_id,conversation_started_at\n1,2026-11-01T10:00:00Z\n';
const CREATE = {
	resource: 'reportingDataExport',
	operation: 'create',
	datasetId: 'conversation',
	attributeIds: ['conversation.conversation_id', 'conversation.conversation_started_at'],
	startTime: '2026-11-01T00:00:00Z',
	endTime: '2026-11-02T00:00:00Z',
};
const STATUS_QUERY = (clientId: string) => ({
	app_id: 'abc123de',
	client_id: clientId,
	job_identifier: JOB,
});

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

describe('reportingDataExport › getDatasets', () => {
	it('GETs the datasets and outputs one item per dataset, with its attributes', async () => {
		const { scope, requests } = intercom();
		scope.get('/export/reporting_data/get_datasets').reply(200, DATASETS);
		const result = await runIntercom({
			resource: 'reportingDataExport',
			operation: 'getDatasets',
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /export/reporting_data/get_datasets',
		]);
		expect(jsonOf(result)).toEqual(DATASETS.data);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(
			true,
		);
	});

	it('an answer without its data list is an error, not an empty list', async () => {
		const { scope } = intercom();
		scope.get('/export/reporting_data/get_datasets').reply(200, { type: 'list' });
		const result = await runIntercom({
			resource: 'reportingDataExport',
			operation: 'getDatasets',
		});
		expect(result.error).toBeDefined();
		expect(result.items).toEqual([]);
	});
});

describe('reportingDataExport › create', () => {
	it('POSTs the dataset, attributes and range as Unix seconds and outputs the job', async () => {
		const { scope, requests } = intercom();
		scope.post('/export/reporting_data/enqueue').reply(200, job('pending'));
		const result = await runIntercom(CREATE);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/export/reporting_data/enqueue',
				body: {
					dataset_id: 'conversation',
					attribute_ids: ['conversation.conversation_id', 'conversation.conversation_started_at'],
					start_time: 1793491200,
					end_time: 1793577600,
				},
			}),
		]);
		expect(result.items).toEqual([{ json: job('pending'), pairedItem: { item: 0 } }]);
	});

	it('attributes by expression may be a comma-separated text; repeats are sent once', async () => {
		const { scope, requests } = intercom();
		scope.post('/export/reporting_data/enqueue').reply(200, job('pending'));
		const result = await runIntercom({
			...CREATE,
			attributeIds: '={{ "conversation.conversation_id, conversation.conversation_id,x.y" }}',
		});
		expect(result.error).toBeUndefined();
		expect((requests[0].body as { attribute_ids: string[] }).attribute_ids).toEqual([
			'conversation.conversation_id',
			'x.y',
		]);
	});

	it('Wait for Completion reads the workspace once, polls the status with app_id and client_id, then downloads the CSV', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/export/reporting_data/enqueue')
			.reply(200, job('pending'))
			.get('/me')
			.reply(200, ME)
			.get(`/export/reporting_data/${JOB}`)
			.query(STATUS_QUERY('my-client'))
			.reply(200, job('pending'))
			.get(`/export/reporting_data/${JOB}`)
			.query(STATUS_QUERY('my-client'))
			.reply(200, job('complete'))
			.get(`/download/reporting_data/${JOB}`)
			.query({ app_id: 'abc123de', job_identifier: JOB })
			.matchHeader('accept', 'application/octet-stream')
			.reply(200, Buffer.from(CSV), { 'content-type': 'application/octet-stream' });
		const result = await runIntercom({
			...CREATE,
			waitForCompletion: true,
			binaryPropertyName: 'report',
			pollSeconds: 3,
			clientId: 'my-client',
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /export/reporting_data/enqueue',
			'GET /me',
			`GET /export/reporting_data/${JOB}`,
			`GET /export/reporting_data/${JOB}`,
			`GET /download/reporting_data/${JOB}`,
		]);
		expect(waits).toEqual([3000, 3000]);
		const [item] = result.items;
		expect(item.json).toEqual(job('complete'));
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.binary?.report).toMatchObject({
			fileName: `intercom-reporting-export-${JOB}.csv`,
			mimeType: 'text/csv',
		});
		expect(Buffer.from(item.binary!.report.data, 'base64').toString('utf8')).toBe(CSV);
	});

	it('with the OAuth2 credential the client ID comes from the credential', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/export/reporting_data/enqueue')
			.reply(200, job('pending'))
			.get('/me')
			.reply(200, ME)
			.get(`/export/reporting_data/${JOB}`)
			.query(STATUS_QUERY('test-client-id'))
			.reply(200, job('complete'))
			.get(`/download/reporting_data/${JOB}`)
			.query({ app_id: 'abc123de', job_identifier: JOB })
			.reply(200, Buffer.from(CSV), { 'content-type': 'text/csv' });
		const result = await runIntercom({ ...CREATE, waitForCompletion: true }, { oauth2: true });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(4);
		expect(result.items[0].binary?.data.mimeType).toBe('text/csv');
	});

	it('a failed job is an error naming it; Max Wait bounds the reads', async () => {
		const { scope } = intercom();
		scope
			.post('/export/reporting_data/enqueue')
			.reply(200, job('pending'))
			.get('/me')
			.reply(200, ME)
			.get(`/export/reporting_data/${JOB}`)
			.query(true)
			.reply(200, job('failed'));
		const failed = await runIntercom({ ...CREATE, waitForCompletion: true, clientId: 'c' });
		expect(failed.error?.message).toBe(`The reporting export job ${JOB} failed`);

		const { scope: again, requests } = intercom();
		again
			.post('/export/reporting_data/enqueue')
			.reply(200, job('pending'))
			.get('/me')
			.reply(200, ME)
			.get(`/export/reporting_data/${JOB}`)
			.query(true)
			.times(2)
			.reply(200, job('pending'));
		const slow = await runIntercom({
			...CREATE,
			waitForCompletion: true,
			clientId: 'c',
			pollSeconds: 30,
			maxWaitMinutes: 1,
		});
		expect(slow.error?.message).toBe(`The export job ${JOB} is still pending after 1 minute(s)`);
		expect(slow.error?.description).toMatch(/Reporting Data Export → Get Status and Download/);
		// 60 s at one read every 30 s: two reads after the create and the workspace read.
		expect(requests).toHaveLength(4);
	});

	it('refuses before any request: no attributes, a range that ends before it starts, no client ID with the access token when waiting', async () => {
		const { requests } = intercom();
		const cases: Array<[Record<string, unknown>, string]> = [
			[
				{ attributeIds: '={{ [] }}' },
				'Attributes: is empty. Choose at least one attribute (item 0)',
			],
			[
				{ startTime: CREATE.endTime, endTime: CREATE.startTime },
				'End: must be later than Start (item 0)',
			],
			[{ startTime: '={{ "" }}' }, 'Start: is empty (item 0)'],
			[{ datasetId: '={{ "" }}' }, expect.stringMatching(/^Dataset: .*\(item 0\)$/) as never],
			[
				{ waitForCompletion: true },
				'App Client ID: is empty. Intercom needs the client ID of your Developer Hub app (Basic information) to report a reporting export’s status (item 0)',
			],
		];
		for (const [parameters, message] of cases) {
			const result = await runIntercom({ ...CREATE, ...parameters });
			expect(result.error?.message).toEqual(message);
		}
		expect(requests).toHaveLength(0);
	});

	it('an answer that is not a job is an error; Intercom’s 400 for an unknown dataset comes through with its message', async () => {
		const { scope } = intercom();
		scope
			.post('/export/reporting_data/enqueue')
			.reply(200, { job_identifier: JOB, status: 'done' });
		const odd = await runIntercom(CREATE);
		expect(odd.error?.message).toMatch(/^Intercom's answer is not a reporting data export job/);

		scope
			.post('/export/reporting_data/enqueue')
			.reply(400, errorList('bad_request', 'imaginary is not a valid dataset_id', 'req-9'));
		const bad = await runIntercom({ ...CREATE, datasetId: 'imaginary' });
		expect(bad.error?.message).toMatch(/bad_request: imaginary is not a valid dataset_id/);
	});
});

describe('reportingDataExport › get, download', () => {
	it('Get Status sends the workspace and client; with several items the workspace is read once', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/me')
			.reply(200, ME)
			.get(`/export/reporting_data/${JOB}`)
			.query(STATUS_QUERY('c1'))
			.times(2)
			.reply(200, job('complete'));
		const result = await runIntercom(
			{ resource: 'reportingDataExport', operation: 'get', jobId: JOB, clientId: 'c1' },
			{ input: [{}, {}] },
		);
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.path)).toEqual([
			'/me',
			`/export/reporting_data/${JOB}`,
			`/export/reporting_data/${JOB}`,
		]);
		expect(result.items).toEqual([
			{ json: job('complete'), pairedItem: { item: 0 } },
			{ json: job('complete'), pairedItem: { item: 1 } },
		]);
	});

	it('a workspace answer without app.id_code is an error, before the status is asked', async () => {
		const { scope, requests } = intercom();
		scope.get('/me').reply(200, { type: 'admin', id: '1' });
		const result = await runIntercom({
			resource: 'reportingDataExport',
			operation: 'get',
			jobId: JOB,
			clientId: 'c1',
		});
		expect(result.error?.message).toMatch(/names no workspace \(app\.id_code\)/);
		expect(requests).toHaveLength(1);
	});

	it('Download keeps Intercom’s file name and type when it gives them; bad Job IDs and Intercom’s 404 give one error item each with Continue On Fail', async () => {
		const { scope } = intercom();
		scope
			.get('/me')
			.reply(200, ME)
			.get(`/download/reporting_data/${JOB}`)
			.query({ app_id: 'abc123de', job_identifier: JOB })
			.reply(200, Buffer.from(CSV), {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': 'attachment; filename="conversations.csv"',
			})
			.get('/download/reporting_data/gone')
			.query(true)
			.reply(404, errorList('not_found', 'Export job not found for identifier: gone', 'req-4'));
		const result = await runIntercom(
			{
				resource: 'reportingDataExport',
				operation: 'download',
				jobId: '={{ $json.job }}',
				binaryPropertyName: 'data',
			},
			{ input: [{ job: JOB }, { job: 'gone' }, { job: 'a/b' }], continueOnFail: true },
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(result.items[0].binary?.data).toMatchObject({
			fileName: 'conversations.csv',
			mimeType: 'text/csv',
		});
		expect(String(result.items[1].json.error)).toMatch(/^Intercom error 404: not_found/);
		expect(result.items[1].json.requestId).toBe('req-4');
		expect(result.items[2].json.error).toBe('Job ID: "a/b" is not a valid Intercom ID (item 2)');
	});
});

contractSuite('reporting data export');
