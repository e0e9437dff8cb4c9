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

describe('ticket › removeTag', () => {
	it('DELETEs the tag with the admin in the body', async () => {
		const { scope, requests } = intercom();
		scope.delete(`/tickets/${IDS.ticket}/tags/${IDS.tag}`).reply(200, tag);
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'removeTag',
			ticketId: byId(IDS.ticket),
			tagId: byId(IDS.tag),
			adminId: IDS.admin,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: `/tickets/${IDS.ticket}/tags/${IDS.tag}`,
				query: {},
				body: { admin_id: IDS.admin },
			}),
		]);
		expect(jsonOf(result)).toEqual([tag]);
	});

	it('maps tag_not_found', async () => {
		const { scope } = intercom();
		scope.delete(`/tickets/${IDS.ticket}/tags/${IDS.tag}`).reply(404, {
			type: 'error.list',
			errors: [{ code: 'tag_not_found', message: 'Tag not found' }],
		});
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'removeTag',
			ticketId: byId(IDS.ticket),
			tagId: byId(IDS.tag),
			adminId: IDS.admin,
		});
		expect(result.error?.message).toBe('Intercom error 404: tag_not_found: Tag not found');
	});
});

contractSuite('ticket › removeTag');
