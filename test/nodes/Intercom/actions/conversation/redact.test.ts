import {
	byId,
	contractSuite,
	conversation,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('conversation › redact', () => {
	it('redacts a conversation part', async () => {
		const { scope, requests } = intercom();
		scope.post('/conversations/redact').reply(200, conversation(IDS.conversation));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'redact',
			conversationId: byId(IDS.conversation),
			redactType: 'conversation_part',
			conversationPartId: '19381789428',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/conversations/redact',
				query: {},
				body: {
					type: 'conversation_part',
					conversation_id: IDS.conversation,
					conversation_part_id: '19381789428',
				},
			}),
		]);
		expect(jsonOf(result)[0].id).toBe(IDS.conversation);
	});

	it('redacts the source', async () => {
		const { scope, requests } = intercom();
		scope.post('/conversations/redact').reply(200, conversation(IDS.conversation));
		await runIntercom({
			resource: 'conversation',
			operation: 'redact',
			conversationId: byId(IDS.conversation),
			redactType: 'source',
			sourceId: '403918331',
		});
		expect(requests[0].body).toEqual({
			type: 'source',
			conversation_id: IDS.conversation,
			source_id: '403918331',
		});
	});

	it('refuses an empty part ID', async () => {
		const result = await runIntercom(
			{
				resource: 'conversation',
				operation: 'redact',
				conversationId: byId(IDS.conversation),
				conversationPartId: '={{ $json.p }}',
			},
			{ input: [{ p: ' ' }] },
		);
		expect(result.error?.message).toBe('Conversation Part ID: is empty (item 0)');
	});

	it('refuses a source ID that is not a number', async () => {
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'redact',
			conversationId: byId(IDS.conversation),
			redactType: 'source',
			sourceId: 'abc',
		});
		expect(result.error?.message).toBe(
			'Source ID: "abc" is not an Intercom ID (it is a number) (item 0)',
		);
	});
});

contractSuite('conversation › redact');
