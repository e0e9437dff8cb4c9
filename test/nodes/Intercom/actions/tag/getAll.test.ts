import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const tags = {
	type: 'list',
	data: [1, 2, 3].map((n) => ({ type: 'tag', id: String(n), name: `Tag ${n}` })),
};

describe('tag › getAll', () => {
	it('GET /tags, one item per tag', async () => {
		const { scope, requests } = intercom();
		scope.get('/tags').reply(200, tags);
		const result = await runIntercom({ resource: 'tag', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/tags', query: {} }),
		]);
		expect(jsonOf(result)).toEqual(tags.data);
	});

	it('a Limit trims the list', async () => {
		const { scope } = intercom();
		scope.get('/tags').reply(200, tags);
		const result = await runIntercom({ resource: 'tag', operation: 'getAll', limit: 2 });
		expect(jsonOf(result).map((t) => t.id)).toEqual(['1', '2']);
	});
});

contractSuite('tag › getAll');
