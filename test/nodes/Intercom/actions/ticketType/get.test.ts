import { contractSuite, IDS, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const type = {
	type: 'ticket_type',
	id: IDS.ticketType,
	name: 'Refund',
	category: 'Customer',
	ticket_type_attributes: { type: 'list', data: [] },
};

describe('ticketType › get', () => {
	it('GETs /ticket_types/{id}', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, type);
		const result = await runIntercom({
			resource: 'ticketType',
			operation: 'get',
			ticketTypeId: IDS.ticketType,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: `/ticket_types/${IDS.ticketType}`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([type]);
	});

	it('refuses an empty type', async () => {
		const result = await runIntercom(
			{ resource: 'ticketType', operation: 'get', ticketTypeId: '={{ $json.t }}' },
			{ input: [{ t: '' }] },
		);
		expect(result.error?.message).toBe(
			'Ticket Type: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('ticketType › get');
