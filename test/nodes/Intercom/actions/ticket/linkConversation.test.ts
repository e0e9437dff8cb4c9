import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	byId,
	byList,
	byUrl,
	contractSuite,
	conversation,
	errorList,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const TRACKER = '1301';

const base = {
	resource: 'ticket',
	operation: 'linkConversation',
	ticketId: byList(TRACKER),
	conversationId: byId(IDS.conversation),
};

const linked = conversation(IDS.conversation, {
	linked_objects: {
		type: 'list',
		total_count: 1,
		has_more: false,
		data: [{ type: 'ticket', id: TRACKER, category: 'Tracker' }],
	},
});

describe('ticket › linkConversation', () => {
	it('POSTs the conversation to the tracker’s linked conversations and returns the conversation', async () => {
		const { scope, requests } = intercom();
		scope.post(`/tickets/${TRACKER}/linked_conversations`).reply(200, linked);
		const result = await runIntercom(base);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: `/tickets/${TRACKER}/linked_conversations`,
				query: {},
				body: { conversation_id: IDS.conversation },
			}),
		]);
		expect(jsonOf(result)).toEqual([linked]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('takes the conversation from an inbox URL', async () => {
		const { scope, requests } = intercom();
		scope.post(`/tickets/${TRACKER}/linked_conversations`).reply(200, linked);
		await runIntercom({
			...base,
			conversationId: byUrl(
				`https://app.eu.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/${IDS.conversation}`,
			),
		});
		expect(requests[0].body).toEqual({ conversation_id: IDS.conversation });
	});

	it.each([
		[
			{ conversationId: '={{ "" }}' },
			'Conversation: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			{ conversationId: '={{ "abc" }}' },
			'Conversation: "abc" is not a valid Intercom ID (it is a number) (item 0)',
		],
		[
			{ ticketId: byId(TRACKER), conversationId: byId(TRACKER) },
			'Conversation: is the tracker ticket itself; pick another conversation (item 0)',
		],
		[
			{ ticketId: '={{ "" }}' },
			'Tracker Ticket: is empty. Pick one from the list or give its ID (item 0)',
		],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
	});

	it('passes Intercom’s refusal of a ticket that is not a tracker through; Continue On Fail keeps one error item per input', async () => {
		const { scope } = intercom();
		scope
			.post(`/tickets/${TRACKER}/linked_conversations`)
			.twice()
			.reply(
				400,
				errorList('invalid_ticket_type', 'Only tracker tickets support linking conversations'),
			);
		const failed = await runIntercom(base);
		expect(failed.error).toBeInstanceOf(NodeApiError);
		expect(failed.error?.message).toContain('Only tracker tickets support linking conversations');
		const kept = await runIntercom(
			{ ...base, conversationId: '={{ $json.c }}' },
			{ input: [{ c: IDS.conversation }, { c: 'x' }], continueOnFail: true },
		);
		expect(kept.items).toHaveLength(2);
		expect(kept.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(String(kept.items[0].json.error)).toContain('Only tracker tickets');
		expect(String(kept.items[1].json.error)).toContain('Conversation');
	});
});

contractSuite('ticket › linkConversation');
