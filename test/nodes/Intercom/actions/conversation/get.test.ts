import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	byId,
	byUrl,
	contractSuite,
	conversation,
	fullConversation,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
	simpleConversation,
} from '../../fixtures';

isolateNetwork();

describe('conversation › get', () => {
	it('GETs /conversations/{id} and simplifies it: contacts, tags, source and parts flattened', async () => {
		const { scope, requests } = intercom();
		const parts = {
			type: 'conversation_part.list',
			conversation_parts: [
				{
					type: 'conversation_part',
					id: '1',
					part_type: 'comment',
					body: '<p>Okay!</p>',
					author: { type: 'admin', id: IDS.admin },
				},
				{
					type: 'conversation_part',
					id: '2',
					part_type: 'close',
					body: null,
					author: { type: 'admin', id: IDS.admin },
				},
			],
			total_count: 2,
		};
		scope
			.get(`/conversations/${IDS.conversation}`)
			.reply(200, fullConversation(IDS.conversation, { conversation_parts: parts }));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'get',
			conversationId: byId(IDS.conversation),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: `/conversations/${IDS.conversation}`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([{ ...simpleConversation(IDS.conversation), parts_count: 2 }]);
	});

	it('simplifies a conversation whose nested objects are missing or null without failing', async () => {
		const { scope } = intercom();
		const bare = conversation('5', {
			source: null,
			contacts: null,
			tags: { type: 'tag.list' },
			conversation_parts: { type: 'conversation_part.list' },
		});
		delete bare.title;
		scope.get('/conversations/5').reply(200, bare);
		scope
			.get('/conversations/6')
			.reply(
				200,
				conversation('6', { source: { type: 'conversation', body: null, author: null } }),
			);
		const result = await runIntercom(
			{ resource: 'conversation', operation: 'get', conversationId: byId('={{ $json.id }}') },
			{ input: [{ id: '5' }, { id: '6' }] },
		);
		expect(result.error).toBeUndefined();
		const top = {
			state: 'open',
			open: true,
			read: false,
			created_at: 1700000000,
			updated_at: 1700000100,
			admin_assignee_id: null,
			team_assignee_id: null,
		};
		expect(jsonOf(result)).toEqual([
			{ id: '5', ...top },
			{ id: '6', title: null, ...top, source_body: null },
		]);
	});

	it('GETs /conversations/{id} as plain text with translations when asked, raw without Simplify', async () => {
		const { scope, requests } = intercom();
		scope
			.get(`/conversations/${IDS.conversation}`)
			.query(true)
			.reply(200, conversation(IDS.conversation));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'get',
			conversationId: byId(IDS.conversation),
			options: { plainText: true, includeTranslations: true },
			simple: false,
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
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'get',
			conversationId: byUrl(url),
		});
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
		expect(result.error?.message).toBe(
			'Conversation: "abc" is not a valid Intercom ID (it is a number) (item 0)',
		);
	});

	it('maps a 404 to an error naming Intercom’s code, and continues on fail per item', async () => {
		const { scope } = intercom();
		scope.get('/conversations/1').reply(404, {
			type: 'error.list',
			request_id: 'req1',
			errors: [{ code: 'not_found', message: 'Resource Not Found' }],
		});
		scope.get('/conversations/2').reply(200, conversation('2'));
		const result = await runIntercom(
			{ resource: 'conversation', operation: 'get', conversationId: byId('={{ $json.id }}') },
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json).toMatchObject({
			error: 'Intercom error 404: not_found: Resource Not Found',
			httpCode: '404',
			codes: ['not_found'],
			requestId: 'req1',
		});
		expect(result.items[1].json.id).toBe('2');
	});

	it('without Continue On Fail the 404 stops the run as a NodeApiError on the item', async () => {
		const { scope } = intercom();
		scope.get('/conversations/1').reply(404, {
			type: 'error.list',
			errors: [{ code: 'not_found', message: 'Resource Not Found' }],
		});
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'get',
			conversationId: byId('1'),
		});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.context?.itemIndex).toBe(0);
	});
});

contractSuite('conversation › get');
