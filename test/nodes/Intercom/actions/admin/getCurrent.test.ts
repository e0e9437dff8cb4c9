import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('admin › getCurrent', () => {
	it('GETs /me', async () => {
		const { scope, requests } = intercom();
		const me = {
			type: 'admin',
			id: '991267459',
			name: 'Ciaran Lee',
			email: 'admin@example.com',
			app: { type: 'app', id_code: 'abc123', region: 'US' },
		};
		scope.get('/me').reply(200, me);
		const result = await runIntercom({ resource: 'admin', operation: 'getCurrent' });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/me', query: {}, body: undefined }),
		]);
		expect(jsonOf(result)).toEqual([me]);
	});
});

contractSuite('admin › getCurrent');
