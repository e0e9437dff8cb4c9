import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const types = ['1', '2', '3'].map((id) => ({
	type: 'ticket_type',
	id,
	name: `Type ${id}`,
	category: 'Customer',
}));

describe('ticketType › getAll', () => {
	it('returns every ticket type, one item each', async () => {
		const { scope, requests } = intercom();
		scope.get('/ticket_types').reply(200, { type: 'list', data: types });
		const result = await runIntercom({
			resource: 'ticketType',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/ticket_types', query: {} }),
		]);
		expect(jsonOf(result)).toEqual(types);
	});

	it('Limit trims the single answer', async () => {
		const { scope, requests } = intercom();
		scope.get('/ticket_types').reply(200, { type: 'list', data: types });
		const result = await runIntercom({ resource: 'ticketType', operation: 'getAll', limit: 2 });
		expect(requests).toHaveLength(1);
		expect(jsonOf(result).map((t) => t.id)).toEqual(['1', '2']);
	});
});

contractSuite('ticketType › getAll');
