import {
	byList,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('tag › get', () => {
	it('GETs /tags/{id}', async () => {
		const { scope, requests } = intercom();
		scope.get('/tags/81').reply(200, { type: 'tag', id: '81', name: 'VIP' });
		const result = await runIntercom({ resource: 'tag', operation: 'get', tagId: byList('81') });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/tags/81', query: {}, body: undefined }),
		]);
		expect(jsonOf(result)).toEqual([{ type: 'tag', id: '81', name: 'VIP' }]);
	});

	it('refuses an empty tag before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'tag',
			operation: 'get',
			tagId: byList('={{ "" }}'),
		});
		expect(result.error?.message).toBe(
			'Tag: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('tag › get');
