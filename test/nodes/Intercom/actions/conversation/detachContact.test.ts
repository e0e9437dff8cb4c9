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

const answer = { customers: [] };

describe('conversation › detachContact', () => {
	it('DELETEs /customers/{contact} with the admin in the body', async () => {
		const { scope, requests } = intercom();
		scope.delete(`/conversations/${IDS.conversation}/customers/${IDS.contact}`).reply(200, answer);
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'detachContact',
			conversationId: byId(IDS.conversation),
			contactId: byId(IDS.contact),
			adminId: IDS.admin,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: `/conversations/${IDS.conversation}/customers/${IDS.contact}`,
				query: {},
				body: { admin_id: IDS.admin },
			}),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('maps Intercom’s refusal to detach the last participant', async () => {
		const { scope } = intercom();
		scope.delete(`/conversations/${IDS.conversation}/customers/${IDS.contact}`).reply(422, {
			type: 'error.list',
			errors: [{ code: 'parameter_invalid', message: 'Removing the last customer is not allowed' }],
		});
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'detachContact',
			conversationId: byId(IDS.conversation),
			contactId: byId(IDS.contact),
			adminId: IDS.admin,
		});
		expect(result.error?.message).toBe(
			'Intercom error 422: parameter_invalid: Removing the last customer is not allowed',
		);
	});
});

contractSuite('conversation › detachContact');
