// Data operations through a real n8n 2.41.0 against the sandbox: a content export and a reporting
// export started, followed to their end and downloaded by one node (Wait for Completion), then
// opened by n8n's own Compression and Extract From File nodes, as a user would chain them.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import { byId, intercomNode, outputOf, useE2E, workflow } from './lib.mjs';

const exportFlow = workflow('e2eDataExport001', 'E2E content data export to CSV rows', [
	intercomNode('Create Contact', {
		resource: 'contact',
		operation: 'create',
		role: 'user',
		email: 'export-e2e@example.com',
	}),
	intercomNode('Export', {
		resource: 'dataExport',
		operation: 'create',
		createdAtAfter: '={{ $now.minus(1, "hour").toISO() }}',
		createdAtBefore: '={{ $now.plus(1, "hour").toISO() }}',
		waitForCompletion: true,
		binaryPropertyName: 'data',
		pollSeconds: 2,
		maxWaitMinutes: 1,
	}),
	{
		id: 'decompress-node',
		name: 'Decompress',
		type: 'n8n-nodes-base.compression',
		typeVersion: 1.1,
		parameters: { operation: 'decompress', binaryPropertyName: 'data', outputPrefix: 'file_' },
	},
	{
		id: 'extract-node',
		name: 'Extract',
		type: 'n8n-nodes-base.extractFromFile',
		typeVersion: 1.1,
		parameters: { operation: 'csv', binaryPropertyName: 'file_0' },
	},
]);

const reportingFlow = workflow('e2eReportExport1', 'E2E reporting data export to CSV rows', [
	intercomNode('Create Contact', {
		resource: 'contact',
		operation: 'create',
		role: 'user',
		email: 'report-e2e@example.com',
	}),
	intercomNode('Start Conversation', {
		resource: 'conversation',
		operation: 'create',
		contactId: byId('={{ $json.id }}'),
		body: 'Where is my order?',
	}),
	intercomNode('Report', {
		resource: 'reportingDataExport',
		operation: 'create',
		datasetId: 'conversation',
		attributeIds: ['conversation.conversation_id', 'conversation.conversation_state'],
		startTime: '={{ $now.minus(1, "hour").toISO() }}',
		endTime: '={{ $now.plus(1, "hour").toISO() }}',
		waitForCompletion: true,
		binaryPropertyName: 'data',
		pollSeconds: 2,
		maxWaitMinutes: 1,
		clientId: 'e2e-client',
	}),
	{
		id: 'extract-report-node',
		name: 'Extract',
		type: 'n8n-nodes-base.extractFromFile',
		typeVersion: 1.1,
		parameters: { operation: 'csv', binaryPropertyName: 'data' },
	},
]);

const callFlow = workflow('e2eCallRecord001', 'E2E call transcript and recording', [
	intercomNode('Search Calls', { resource: 'call', operation: 'search', conversationIds: '1001' }),
	intercomNode('Transcript', {
		resource: 'call',
		operation: 'getTranscript',
		callId: byId('={{ $json.id }}'),
	}),
	intercomNode('Recording', {
		resource: 'call',
		operation: 'getRecording',
		callId: byId('={{ $json.call_id }}'),
		binaryPropertyName: 'audio',
	}),
]);

/** The binary metadata of node `name`'s items in a `n8n execute --rawOutput` result. */
function binaryOf(result, name) {
	const runs = result?.data?.resultData?.runData?.[name] ?? [];
	return runs.flatMap((run) => (run.data?.main?.[0] ?? []).map((item) => item.binary));
}

describe('data operations through a real n8n', { concurrency: false }, () => {
	const env = useE2E('data', [exportFlow, reportingFlow, callFlow]);
	let e2e;
	before(() => (e2e = env()));

	it('a data export: created, waited for, downloaded as .csv.gz, decompressed and read as rows', async () => {
		const run = await e2e.execute(exportFlow.id);
		assert.equal(run.code, 0, run.stdout.slice(-2000));
		const [job] = outputOf(run.result, 'Export');
		assert.equal(job.status, 'completed');
		const rows = outputOf(run.result, 'Extract');
		assert.deepEqual(
			rows.map((row) => row.email),
			['export-e2e@example.com'],
		);
		const stats = e2e.sandbox.stats.byRoute;
		assert.equal(stats['POST /export/content/data'], 1);
		assert.equal(stats['GET /export/content/data/{job_identifier}'], 2);
		assert.equal(stats['GET /download/content/data/{job_identifier}'], 1);
		assert.deepEqual(e2e.sandbox.violations, []);
	});

	it('a reporting export: enqueued, waited for, downloaded as CSV and read as rows', async () => {
		const run = await e2e.execute(reportingFlow.id);
		assert.equal(run.code, 0, run.stdout.slice(-2000));
		const [job] = outputOf(run.result, 'Report');
		assert.equal(job.status, 'complete');
		const rows = outputOf(run.result, 'Extract');
		assert.equal(rows.length, 1);
		assert.equal(rows[0].conversation_state, 'open');
		assert.match(String(rows[0].conversation_id), /^\d+$/);
		const stats = e2e.sandbox.stats.byRoute;
		assert.equal(stats['POST /export/reporting_data/enqueue'], 1);
		assert.equal(stats['GET /export/reporting_data/{job_identifier}'], 2);
		assert.equal(stats['GET /download/reporting_data/{job_identifier}'], 1);
		assert.deepEqual(e2e.sandbox.violations, []);
	});

	it('a call: found by its conversation, its transcript read, its recording fetched without the token', async () => {
		const run = await e2e.execute(callFlow.id);
		assert.equal(run.code, 0, run.stdout.slice(-2000));
		assert.deepEqual(
			outputOf(run.result, 'Search Calls').map((call) => call.id),
			['1'],
		);
		assert.match(outputOf(run.result, 'Transcript')[0].transcript, /^Agent: Hello/);
		const [binary] = binaryOf(run.result, 'Recording');
		assert.equal(binary.audio.fileName, 'call-1.mp3');
		assert.equal(binary.audio.mimeType, 'audio/mpeg');
		assert.deepEqual(e2e.sandbox.fileRequests, [
			{ path: '/recordings/call-1.mp3', authorization: null },
		]);
		assert.deepEqual(e2e.sandbox.violations, []);
	});
});
