import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('tag › create', () => {
	it('POSTs /tags with the name', async () => {
		const { scope, requests } = intercom();
		scope.post('/tags').reply(200, { type: 'tag', id: '81', name: 'VIP' });
		const result = await runIntercom({ resource: 'tag', operation: 'create', name: ' VIP ' });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'POST', path: '/tags', query: {}, body: { name: 'VIP' } }),
		]);
		expect(jsonOf(result)).toEqual([{ type: 'tag', id: '81', name: 'VIP' }]);
	});

	it('renames a tag when an ID is given', async () => {
		const { scope, requests } = intercom();
		scope.post('/tags').reply(200, { type: 'tag', id: '81', name: 'Gold' });
		const result = await runIntercom({
			resource: 'tag',
			operation: 'create',
			name: 'Gold',
			options: { id: '81' },
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ name: 'Gold', id: '81' });
	});

	it.each([
		[{ name: '={{ "" }}' }, 'Name: is empty (item 0)'],
		[{ name: 'Gold', options: { id: 'abc' } }, 'Rename Tag ID: "abc" is not a tag ID (item 0)'],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'tag', operation: 'create', ...parameters });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('tag › create');
