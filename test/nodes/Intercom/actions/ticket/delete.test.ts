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

describe('ticket › delete', () => {
	it('DELETEs /tickets/{id}', async () => {
		const { scope, requests } = intercom();
		scope
			.delete(`/tickets/${IDS.ticket}`)
			.reply(200, { id: IDS.ticket, object: 'ticket', deleted: true });
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'delete',
			ticketId: byId(IDS.ticket),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: `/tickets/${IDS.ticket}`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([{ id: IDS.ticket, object: 'ticket', deleted: true }]);
	});

	it('refuses an empty ticket', async () => {
		const result = await runIntercom(
			{ resource: 'ticket', operation: 'delete', ticketId: byId('={{ $json.id }}') },
			{ input: [{}] },
		);
		expect(result.error?.message).toBe(
			'Ticket: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('ticket › delete');
