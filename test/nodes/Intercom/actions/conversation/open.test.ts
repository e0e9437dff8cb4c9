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

describe('conversation › open', () => {
	it('POSTs an open part as the admin', async () => {
		const { scope, requests } = intercom();
		scope
			.post(`/conversations/${IDS.conversation}/parts`)
			.reply(200, conversation(IDS.conversation, { state: 'open' }));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'open',
			conversationId: byId(IDS.conversation),
			adminId: IDS.admin,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: `/conversations/${IDS.conversation}/parts`,
				query: {},
				body: { message_type: 'open', admin_id: IDS.admin },
			}),
		]);
		expect(jsonOf(result)[0]).toMatchObject({ id: IDS.conversation, state: 'open' });
	});

	it('refuses a missing admin', async () => {
		const result = await runIntercom(
			{
				resource: 'conversation',
				operation: 'open',
				conversationId: byId(IDS.conversation),
				adminId: '={{ $json.admin }}',
			},
			{ input: [{ admin: '' }] },
		);
		expect(result.error?.message).toBe(
			'Admin: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('conversation › open');
