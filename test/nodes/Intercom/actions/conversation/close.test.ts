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

const path = `/conversations/${IDS.conversation}/parts`;

describe('conversation › close', () => {
	it('POSTs a close part as the admin, with a message', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation, { state: 'closed', open: false }));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'close',
			conversationId: byId(IDS.conversation),
			adminId: IDS.admin,
			options: { body: 'Solved, closing.' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ method: 'POST', path, query: {} });
		expect(requests[0].body).toEqual({
			message_type: 'close',
			type: 'admin',
			admin_id: IDS.admin,
			body: 'Solved, closing.',
		});
		expect(jsonOf(result)[0]).toMatchObject({ state: 'closed' });
	});

	it('without a message sends none', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		await runIntercom({
			resource: 'conversation',
			operation: 'close',
			conversationId: byId(IDS.conversation),
			adminId: IDS.admin,
		});
		expect(requests[0].body).toEqual({ message_type: 'close', type: 'admin', admin_id: IDS.admin });
	});

	it('refuses an admin ID that is not a number', async () => {
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'close',
			conversationId: byId(IDS.conversation),
			adminId: 'ada',
		});
		expect(result.error?.message).toBe(
			'Admin: "ada" is not a valid Intercom ID (it is a number) (item 0)',
		);
	});
});

contractSuite('conversation › close');
