import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const list = (n: number) => ({
	type: 'list',
	companies: Array.from({ length: n }, (_, i) => ({
		type: 'company',
		id: String(100 + i),
		name: `company ${i}`,
	})),
});

describe('contact › getCompanies', () => {
	it('GETs /contacts/{id}/companies and emits one item per entry', async () => {
		const { scope, requests } = intercom();
		scope.get('/contacts/c1/companies').reply(200, list(3));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'getCompanies',
			contactId: byId('c1'),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/contacts/c1/companies', query: {} }),
		]);
		expect(jsonOf(result).map((entry) => entry.id)).toEqual(['100', '101', '102']);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 0 },
		]);
	});

	it('Limit trims the list Intercom returns whole', async () => {
		const { scope, requests } = intercom();
		scope.get('/contacts/c1/companies').reply(200, list(5));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'getCompanies',
			contactId: byId('c1'),
			limit: 2,
		});
		expect(requests).toHaveLength(1);
		expect(jsonOf(result).map((entry) => entry.id)).toEqual(['100', '101']);
	});

	it('an empty list gives no items and no error', async () => {
		const { scope } = intercom();
		scope.get('/contacts/c1/companies').reply(200, list(0));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'getCompanies',
			contactId: byId('c1'),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([]);
	});
});

contractSuite('contact › getCompanies');
