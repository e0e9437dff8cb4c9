import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('team › get', () => {
	it('GETs /teams/{id}', async () => {
		const { scope, requests } = intercom();
		const answer = { type: 'team', id: '814865', name: 'Support', admin_ids: [493881] };
		scope.get('/teams/814865').reply(200, answer);
		const result = await runIntercom({ resource: 'team', operation: 'get', teamId: '814865' });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/teams/814865', query: {}, body: undefined }),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('refuses an empty team before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'team', operation: 'get', teamId: '={{ "" }}' });
		expect(result.error?.message).toBe(
			'Team: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('team › get');
