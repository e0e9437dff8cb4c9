import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const admins = {
	type: 'admin.list',
	admins: ['1', '2', '3'].map((id) => ({
		type: 'admin',
		id,
		name: `Admin ${id}`,
		email: `a${id}@example.com`,
	})),
};

describe('admin › getAll', () => {
	it('GET /admins, one item per admin; a Limit trims', async () => {
		const { scope, requests } = intercom();
		scope.get('/admins').reply(200, admins).get('/admins').reply(200, admins);
		const all = await runIntercom({ resource: 'admin', operation: 'getAll', returnAll: true });
		const two = await runIntercom({ resource: 'admin', operation: 'getAll', limit: 2 });
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/admins', {}],
			['GET', '/admins', {}],
		]);
		expect(jsonOf(all)).toEqual(admins.admins);
		expect(jsonOf(two)).toEqual(admins.admins.slice(0, 2));
	});
});

contractSuite('admin › getAll');
