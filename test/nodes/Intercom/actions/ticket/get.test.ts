import { byId, byList, contractSuite, IDS, intercom, isolateNetwork, jsonOf, runIntercom, ticket } from '../../fixtures';

isolateNetwork();

describe('ticket › get', () => {
	it('GETs /tickets/{id}', async () => {
		const { scope, requests } = intercom();
		scope.get(`/tickets/${IDS.ticket}`).reply(200, ticket(IDS.ticket));
		const result = await runIntercom({ resource: 'ticket', operation: 'get', ticketId: byList(IDS.ticket) });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([expect.objectContaining({ method: 'GET', path: `/tickets/${IDS.ticket}`, query: {}, body: undefined })]);
		expect(jsonOf(result)).toEqual([ticket(IDS.ticket)]);
	});

	it('refuses an ID with characters Intercom IDs never have', async () => {
		const result = await runIntercom(
			{ resource: 'ticket', operation: 'get', ticketId: byId('={{ $json.id }}') },
			{ input: [{ id: '12/../admins' }] },
		);
		expect(result.error?.message).toBe('Ticket: "12/../admins" is not a valid Intercom ID (item 0)');
	});
});

contractSuite('ticket › get');
