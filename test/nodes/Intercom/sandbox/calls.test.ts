import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { callsOf, recordingBytes, sandboxCall } from '../../../../sandbox/calls';
import { byId, byList, jsonOf, runIntercom } from '../fixtures';

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

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());
afterEach(() => expect(sandbox.violations).toEqual([]));

describe('calls against the sandbox', () => {
	it('Get Many follows pages of 25, most recent first; Get reads one; an unknown call is a 404', async () => {
		const calls = callsOf(sandbox.store);
		for (let n = 4; n <= 60; n++) calls.set(String(n), sandboxCall(n));
		const all = await run({ resource: 'call', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(jsonOf(all).map((c) => c.id)).toEqual(
			Array.from({ length: 60 }, (_, k) => String(k + 1)),
		);
		expect(sandbox.stats.byRoute).toEqual({ 'GET /calls': 3 });
		const [call] = jsonOf(await run({ resource: 'call', operation: 'get', callId: byList('2') }));
		expect(call).toMatchObject({ type: 'call', id: '2', conversation_id: '1002' });
		const unknown = await run({ resource: 'call', operation: 'get', callId: byId('999') });
		expect(unknown.error?.message).toBe('Intercom error 404: not_found: Call not found');
	});

	it('Search gives the calls of the conversations with their transcripts', async () => {
		const result = await run({
			resource: 'call',
			operation: 'search',
			conversationIds: '1001, 1003',
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((c) => [c.id, c.transcript_status])).toEqual([
			['1', 'completed'],
			['3', 'not_available'],
		]);
		expect(String(jsonOf(result)[0].transcript)).toMatch(/^Agent: Hello/);
	});

	it('Get Transcript as text and as a .txt file', async () => {
		const [text] = jsonOf(
			await run({ resource: 'call', operation: 'getTranscript', callId: byId('2') }),
		);
		expect(text).toEqual({
			call_id: '2',
			transcript: 'Agent: Thanks for calling back.\nCustomer: The refund arrived, thank you.',
		});
		const file = await run({
			resource: 'call',
			operation: 'getTranscript',
			callId: byId('2'),
			outputAs: 'file',
			binaryPropertyName: 'transcript',
		});
		expect(file.items[0].binary?.transcript).toMatchObject({
			fileName: 'call-2-transcript.txt',
			mimeType: 'text/plain',
		});
		const none = await run({ resource: 'call', operation: 'getTranscript', callId: byId('3') });
		expect(none.error?.message).toBe('Intercom error 404: not_found: Transcript not found');
	});

	it('Get Recording follows the 302 to the signed URL on another origin without the token', async () => {
		const result = await run({
			resource: 'call',
			operation: 'getRecording',
			callId: byId('1'),
			binaryPropertyName: 'audio',
		});
		expect(result.error).toBeUndefined();
		const file = result.items[0].binary?.audio;
		expect(result.items[0].json).toEqual({ call_id: '1' });
		expect(file).toMatchObject({ fileName: 'call-1.mp3', mimeType: 'audio/mpeg' });
		expect(Buffer.from(file!.data, 'base64')).toEqual(recordingBytes('1'));
		expect(sandbox.stats.byRoute).toEqual({ 'GET /calls/{call_id}/recording': 1 });
		// The file host got the request, with no Authorization header.
		expect(sandbox.fileRequests).toEqual([{ path: '/recordings/call-1.mp3', authorization: null }]);

		const none = await run({ resource: 'call', operation: 'getRecording', callId: byId('3') });
		expect(none.error?.message).toBe('Intercom error 404: not_found: Recording not found');
	});
});
