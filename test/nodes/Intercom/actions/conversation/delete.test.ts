import {
	byId,
	contractSuite,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const deleted = { id: IDS.conversation, object: 'conversation', deleted: true };

describe('conversation › delete', () => {
	it('DELETEs /conversations/{id}', async () => {
		const { scope, requests } = intercom();
		scope.delete(`/conversations/${IDS.conversation}`).reply(200, deleted);
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'delete',
			conversationId: byId(IDS.conversation),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: `/conversations/${IDS.conversation}`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([deleted]);
	});

	it('can delete the reporting data too (retain_metrics=false)', async () => {
		const { scope, requests } = intercom();
		scope
			.delete(`/conversations/${IDS.conversation}`)
			.query({ retain_metrics: 'false' })
			.reply(200, deleted);
		await runIntercom({
			resource: 'conversation',
			operation: 'delete',
			conversationId: byId(IDS.conversation),
			options: { retainMetrics: false },
		});
		expect(requests[0].query).toEqual({ retain_metrics: 'false' });
	});

	it('refuses an empty conversation ID', async () => {
		const result = await runIntercom(
			{ resource: 'conversation', operation: 'delete', conversationId: byId('={{ $json.id }}') },
			{ input: [{ id: '' }] },
		);
		expect(result.error?.message).toBe(
			'Conversation: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('conversation › delete');
