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

describe('ticket › addTag', () => {
	it('POSTs the tag with the admin', async () => {
		const { scope, requests } = intercom();
		scope.post(`/tickets/${IDS.ticket}/tags`).reply(200, tag);
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'addTag',
			ticketId: byId(IDS.ticket),
			tagId: byId(IDS.tag),
			adminId: IDS.admin,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: `/tickets/${IDS.ticket}/tags`,
				query: {},
				body: { id: IDS.tag, admin_id: IDS.admin },
			}),
		]);
		expect(jsonOf(result)).toEqual([tag]);
	});

	it('refuses a missing admin', async () => {
		const result = await runIntercom(
			{
				resource: 'ticket',
				operation: 'addTag',
				ticketId: byId(IDS.ticket),
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

contractSuite('ticket › addTag');
