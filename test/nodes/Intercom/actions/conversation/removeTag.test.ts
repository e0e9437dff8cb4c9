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

const tag = { type: 'tag', id: IDS.tag, name: 'VIP' };

describe('conversation › removeTag', () => {
	it('DELETEs the tag with the admin in the body', async () => {
		const { scope, requests } = intercom();
		scope.delete(`/conversations/${IDS.conversation}/tags/${IDS.tag}`).reply(200, tag);
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'removeTag',
			conversationId: byId(IDS.conversation),
			tagId: byId(IDS.tag),
			adminId: IDS.admin,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: `/conversations/${IDS.conversation}/tags/${IDS.tag}`,
				query: {},
				body: { admin_id: IDS.admin },
			}),
		]);
		expect(jsonOf(result)).toEqual([tag]);
	});

	it('refuses a missing admin', async () => {
		const result = await runIntercom(
			{
				resource: 'conversation',
				operation: 'removeTag',
				conversationId: byId(IDS.conversation),
				tagId: byId(IDS.tag),
				adminId: '={{ $json.a }}',
			},
			{ input: [{ a: '' }] },
		);
		expect(result.error?.message).toBe(
			'Admin: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('conversation › removeTag');
