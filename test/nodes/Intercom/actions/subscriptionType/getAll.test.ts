import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const types = {
	type: 'list',
	data: ['37846', '37847'].map((id) => ({
		type: 'subscription',
		id,
		state: 'live',
		consent_type: 'opt_out',
		default_translation: { name: `Type ${id}`, description: '', locale: 'en' },
		content_types: ['email'],
	})),
};

describe('subscriptionType › getAll', () => {
	it('GET /subscription_types, one item per type; a Limit trims', async () => {
		const { scope, requests } = intercom();
		scope.get('/subscription_types').reply(200, types).get('/subscription_types').reply(200, types);
		const all = await runIntercom({
			resource: 'subscriptionType',
			operation: 'getAll',
			returnAll: true,
		});
		const one = await runIntercom({ resource: 'subscriptionType', operation: 'getAll', limit: 1 });
		expect(all.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/subscription_types', {}],
			['GET', '/subscription_types', {}],
		]);
		expect(jsonOf(all)).toEqual(types.data);
		expect(jsonOf(one)).toEqual(types.data.slice(0, 1));
	});
});

contractSuite('subscriptionType › getAll');
