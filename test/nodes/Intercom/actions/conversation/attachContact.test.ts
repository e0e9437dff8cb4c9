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

const answer = { customers: [{ type: 'user', id: IDS.contact }] };

describe('conversation › attachContact', () => {
	it('POSTs /customers with the admin and the contact', async () => {
		const { scope, requests } = intercom();
		scope.post(`/conversations/${IDS.conversation}/customers`).reply(200, answer);
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'attachContact',
			conversationId: byId(IDS.conversation),
			contactId: byId(IDS.contact),
			adminId: IDS.admin,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: `/conversations/${IDS.conversation}/customers`,
				query: {},
				body: { admin_id: IDS.admin, customer: { intercom_user_id: IDS.contact } },
			}),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('refuses an empty contact', async () => {
		const result = await runIntercom(
			{
				resource: 'conversation',
				operation: 'attachContact',
				conversationId: byId(IDS.conversation),
				contactId: byId('={{ $json.c }}'),
				adminId: IDS.admin,
			},
			{ input: [{ c: '' }] },
		);
		expect(result.error?.message).toBe(
			'Contact: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('conversation › attachContact');
