import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const teams = {
	type: 'team.list',
	teams: ['1', '2', '3'].map((id) => ({ type: 'team', id, name: `Team ${id}`, admin_ids: [] })),
};

describe('team › getAll', () => {
	it('GET /teams, one item per team; a Limit trims', async () => {
		const { scope, requests } = intercom();
		scope.get('/teams').reply(200, teams).get('/teams').reply(200, teams);
		const all = await runIntercom({ resource: 'team', operation: 'getAll', returnAll: true });
		const two = await runIntercom({ resource: 'team', operation: 'getAll', limit: 2 });
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/teams', {}],
			['GET', '/teams', {}],
		]);
		expect(jsonOf(all)).toEqual(teams.teams);
		expect(jsonOf(two)).toEqual(teams.teams.slice(0, 2));
	});
});

contractSuite('team › getAll');
