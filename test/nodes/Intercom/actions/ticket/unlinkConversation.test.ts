import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	byId,
	byList,
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
	operation: 'unlinkConversation',
	ticketId: byId(TRACKER),
	linkedConversationId: byList(IDS.conversation),
};

const unlinked = conversation(IDS.conversation, {
	linked_objects: { type: 'list', total_count: 0, has_more: false, data: [] },
});

describe('ticket › unlinkConversation', () => {
	it('DELETEs the linked conversation of the tracker and returns the conversation', async () => {
		const { scope, requests } = intercom();
		scope
			.delete(`/tickets/${TRACKER}/linked_conversations/${IDS.conversation}`)
			.reply(200, unlinked);
		const result = await runIntercom(base);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: `/tickets/${TRACKER}/linked_conversations/${IDS.conversation}`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([unlinked]);
	});

	it.each([
		[
			{ linkedConversationId: '={{ "" }}' },
			'Linked Conversation: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			{ linkedConversationId: '={{ "../1" }}' },
			'Linked Conversation: "../1" is not a valid Intercom ID (it is a number) (item 0)',
		],
		[{ ticketId: '={{ {} }}' }, 'Tracker Ticket: got an object, not an Intercom ID (item 0)'],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
	});

	it('passes Intercom’s 404 for a conversation that is not linked through', async () => {
		const { scope } = intercom();
		scope
			.delete(`/tickets/${TRACKER}/linked_conversations/${IDS.conversation}`)
			.reply(404, errorList('conversation_not_found', 'Conversation is not linked to this ticket'));
		const result = await runIntercom(base);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toContain('Conversation is not linked to this ticket');
	});
});

contractSuite('ticket › unlinkConversation');
