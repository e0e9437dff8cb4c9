import {
	byId,
	byList,
	contractSuite,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const tag = { type: 'tag', id: IDS.tag, name: 'VIP' };

describe('conversation › addTag', () => {
	it('POSTs the tag with the admin', async () => {
		const { scope, requests } = intercom();
		scope.post(`/conversations/${IDS.conversation}/tags`).reply(200, tag);
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'addTag',
			conversationId: byList(IDS.conversation),
			tagId: byList(IDS.tag),
			adminId: IDS.admin,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: `/conversations/${IDS.conversation}/tags`,
				query: {},
				body: { id: IDS.tag, admin_id: IDS.admin },
			}),
		]);
		expect(jsonOf(result)).toEqual([tag]);
	});

	it('refuses an empty tag', async () => {
		const result = await runIntercom(
			{
				resource: 'conversation',
				operation: 'addTag',
				conversationId: byId(IDS.conversation),
				tagId: byId('={{ $json.tag }}'),
				adminId: IDS.admin,
			},
			{ input: [{ tag: '' }] },
		);
		expect(result.error?.message).toBe(
			'Tag: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('conversation › addTag');
