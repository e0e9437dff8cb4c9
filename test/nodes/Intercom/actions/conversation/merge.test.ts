import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	byList,
	contractSuite,
	conversation,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('conversation › merge', () => {
	it('POSTs /conversations/{id}/merge with the conversation merged into as an integer; the one that remains comes back', async () => {
		const { scope, requests } = intercom();
		scope.post('/conversations/123/merge').reply(200, conversation('456'));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'merge',
			conversationId: byList('123'),
			mergeIntoConversationId: byId('456'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/conversations/123/merge',
				body: { merge_into_conversation_id: 456 },
			}),
		]);
		expect(jsonOf(result)).toEqual([conversation('456')]);
	});

	it('refuses merging a conversation into itself, and IDs that are not numbers, before any request', async () => {
		const { requests } = intercom();
		const self = await runIntercom({
			resource: 'conversation',
			operation: 'merge',
			conversationId: byId('123'),
			mergeIntoConversationId: byId('={{ "123" }}'),
		});
		expect(self.error).toBeInstanceOf(NodeOperationError);
		expect(self.error?.message).toBe(
			'Merge Into: is the same conversation as Conversation to Merge (item 0)',
		);
		const word = await runIntercom({
			resource: 'conversation',
			operation: 'merge',
			conversationId: byId('123'),
			mergeIntoConversationId: byId('={{ "abc" }}'),
		});
		expect(word.error?.message).toBe(
			'Merge Into: "abc" is not a valid Intercom ID (it is a number) (item 0)',
		);
		const huge = await runIntercom({
			resource: 'conversation',
			operation: 'merge',
			conversationId: byId('123'),
			mergeIntoConversationId: byId('={{ "99999999999999999999" }}'),
		});
		expect(huge.error?.message).toBe(
			'Merge Into: "99999999999999999999" is too large for a conversation ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});

	it('shows Intercom’s merge_failed (already merged) as it is', async () => {
		const { scope } = intercom();
		scope
			.post('/conversations/123/merge')
			.reply(422, errorList('merge_failed', 'Secondary conversation has already been merged'));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'merge',
			conversationId: byId('123'),
			mergeIntoConversationId: byId('456'),
		});
		expect(result.error?.message).toBe(
			'Intercom error 422: merge_failed: Secondary conversation has already been merged',
		);
	});
});

contractSuite('conversation › merge');
