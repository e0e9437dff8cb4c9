import nock from 'nock';

import {
	TOKEN,
	byId,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const call = (id: string) => ({ type: 'call', id, conversation_id: `10${id}`, state: 'completed' });
const page = (ids: string[], p: number, total: number) => ({
	type: 'list',
	data: ids.map(call),
	total_count: 60,
	pages: { type: 'pages', page: p, per_page: 25, total_pages: total },
});

const first25 = Array.from({ length: 25 }, (_, k) => String(k + 1));

describe('call › get, getAll, search', () => {
	it('Get GETs /calls/{id}; Get Many (Return All) asks pages of 25 to the last one', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/calls/7')
			.reply(200, call('7'))
			.get('/calls')
			.query({ page: '1', per_page: '25' })
			.reply(200, page(first25, 1, 2))
			.get('/calls')
			.query({ page: '2', per_page: '25' })
			.reply(200, page(['26', '27'], 2, 2));
		const got = await runIntercom({ resource: 'call', operation: 'get', callId: byId('7') });
		expect(jsonOf(got)).toEqual([call('7')]);
		const many = await runIntercom({ resource: 'call', operation: 'getAll', returnAll: true });
		expect(jsonOf(many).map((c) => c.id)).toEqual([...first25, '26', '27']);
		expect(requests.map((r) => r.path)).toEqual(['/calls/7', '/calls', '/calls']);
	});

	it('Search POSTs the conversation IDs and outputs one item per call', async () => {
		const { scope, requests } = intercom();
		scope.post('/calls/search').reply(200, { type: 'list', data: [call('1'), call('2')] });
		const result = await runIntercom({
			resource: 'call',
			operation: 'search',
			conversationIds: ' 101, 102 ',
		});
		expect(requests[0].body).toEqual({ conversation_ids: ['101', '102'] });
		expect(jsonOf(result)).toEqual([call('1'), call('2')]);
	});

	it.each([
		['101, abc', 'Conversation IDs: "abc" is not a conversation ID (digits) (item 0)'],
		[
			Array.from({ length: 21 }, (_, k) => String(k + 1)).join(','),
			'Conversation IDs: give 1 to 20 conversation IDs, not 21 (item 0)',
		],
		['5, 5', 'Conversation IDs: a conversation ID is given twice (item 0)'],
		['={{ " , " }}', 'Conversation IDs: give 1 to 20 conversation IDs, not 0 (item 0)'],
	])('Search refuses %s before any request', async (conversationIds, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'call', operation: 'search', conversationIds });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

describe('call › getTranscript and getRecording', () => {
	it('Get Transcript asks for text/plain and gives it as text', async () => {
		const { scope, requests } = intercom();
		scope.get('/calls/7/transcript').reply(200, 'Agent: Hi\n', { 'content-type': 'text/plain' });
		const result = await runIntercom({
			resource: 'call',
			operation: 'getTranscript',
			callId: byId('7'),
		});
		expect(requests[0].headers.accept).toBe('text/plain');
		expect(jsonOf(result)).toEqual([{ call_id: '7', transcript: 'Agent: Hi' }]);
	});

	it('Get Recording fetches the redirect’s target without the token and keeps its type', async () => {
		const { scope } = intercom();
		scope.get('/calls/7/recording').reply(302, '', {
			location: 'https://recordings.example.com/r/7.wav?X-Amz-Signature=s3cr3t',
		});
		let authorization: unknown = 'not asked';
		nock('https://recordings.example.com')
			.get('/r/7.wav')
			.query({ 'X-Amz-Signature': 's3cr3t' })
			.reply(function () {
				authorization = this.req.headers.authorization;
				return [200, Buffer.from('RIFF'), { 'content-type': 'audio/wav' }];
			});
		const result = await runIntercom({
			resource: 'call',
			operation: 'getRecording',
			callId: byId('7'),
			binaryPropertyName: 'data',
		});
		expect(result.error).toBeUndefined();
		expect(authorization).toBeUndefined();
		expect(result.items[0].binary?.data).toMatchObject({
			fileName: '7.wav',
			mimeType: 'audio/wav',
		});
		expect(JSON.stringify(result.items)).not.toContain(TOKEN);
	});

	it('an expired signed URL is an error that does not show the signature; a redirect elsewhere than http(s) is refused', async () => {
		const { scope } = intercom();
		scope
			.get('/calls/7/recording')
			.reply(302, '', { location: 'https://recordings.example.com/r/7.wav?X-Amz-Signature=s3cr3t' })
			.get('/calls/8/recording')
			.reply(302, '', { location: 'file:///etc/passwd' });
		nock('https://recordings.example.com')
			.get('/r/7.wav')
			.query(true)
			.reply(403, '<Error><Code>AccessDenied</Code></Error>', {
				'content-type': 'application/xml',
			});
		const result = await runIntercom(
			{ resource: 'call', operation: 'getRecording', callId: byId('={{ $json.id }}') },
			{ input: [{ id: '7' }, { id: '8' }], continueOnFail: true },
		);
		const [expired, elsewhere] = result.items.map((item) => String(item.json.error));
		expect(expired).toBe(
			'The file Intercom redirected to (https://recordings.example.com/r/7.wav) answered 403',
		);
		expect(JSON.stringify(result.items)).not.toContain('s3cr3t');
		expect(elsewhere).toBe(
			'Intercom redirected /calls/8/recording to a location that is not an http(s) URL',
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

contractSuite('calls');
