import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { byId, byUrl, contractSuite, conversation, IDS, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('conversation › get', () => {
	it('GETs /conversations/{id} as plain text with translations when asked', async () => {
		const { scope, requests } = intercom();
		scope.get(`/conversations/${IDS.conversation}`).query(true).reply(200, conversation(IDS.conversation));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'get',
			conversationId: byId(IDS.conversation),
			options: { plainText: true, includeTranslations: true },
		});
		expect(result.error).toBeUndefined();
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/conversations/${IDS.conversation}`,
			query: { display_as: 'plaintext', include_translations: 'true' },
			body: undefined,
		});
		expect(jsonOf(result)).toEqual([conversation(IDS.conversation)]);
	});

	it.each([
		`https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/${IDS.conversation}`,
		`https://app.eu.intercom.com/a/inbox/abc123/inbox/admin/991267731/conversation/${IDS.conversation}?view=List`,
		`https://app.intercom.com/a/apps/abc123/inbox/inbox/conversations/${IDS.conversation}`,
	])('takes the ID from an inbox URL: %s', async (url) => {
		const { scope, requests } = intercom();
		scope.get(`/conversations/${IDS.conversation}`).reply(200, conversation(IDS.conversation));
		const result = await runIntercom({ resource: 'conversation', operation: 'get', conversationId: byUrl(url) });
		expect(result.error).toBeUndefined();
		expect(requests[0].path).toBe(`/conversations/${IDS.conversation}`);
		expect(requests[0].query).toEqual({});
	});

	it('refuses a conversation ID that is not a number', async () => {
		const result = await runIntercom(
			{ resource: 'conversation', operation: 'get', conversationId: byId('={{ $json.id }}') },
			{ input: [{ id: 'abc' }] },
		);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Conversation: "abc" is not a valid Intercom ID (it is a number) (item 0)');
	});

	it('maps a 404 to an error naming Intercom’s code, and continues on fail per item', async () => {
		const { scope } = intercom();
		scope.get('/conversations/1').reply(404, { type: 'error.list', request_id: 'req1', errors: [{ code: 'not_found', message: 'Resource Not Found' }] });
		scope.get('/conversations/2').reply(200, conversation('2'));
		const result = await runIntercom(
			{ resource: 'conversation', operation: 'get', conversationId: byId('={{ $json.id }}') },
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json).toMatchObject({ error: 'Intercom error 404: not_found: Resource Not Found', httpCode: '404', codes: ['not_found'], requestId: 'req1' });
		expect(result.items[1].json.id).toBe('2');
	});

	it('without Continue On Fail the 404 stops the run as a NodeApiError on the item', async () => {
		const { scope } = intercom();
		scope.get('/conversations/1').reply(404, { type: 'error.list', errors: [{ code: 'not_found', message: 'Resource Not Found' }] });
		const result = await runIntercom({ resource: 'conversation', operation: 'get', conversationId: byId('1') });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.context?.itemIndex).toBe(0);
	});
});

contractSuite('conversation › get');
