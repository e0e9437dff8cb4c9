import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const helpCenters = {
	type: 'list',
	data: ['1', '2', '3'].map((id) => ({
		id,
		workspace_id: 'ws1',
		identifier: `hc-${id}`,
		display_name: `Help Center ${id}`,
		website_turned_on: true,
		created_at: 1734537325,
	})),
};

describe('helpCenter › getAll', () => {
	it('GET /help_center/help_centers, one item per help center', async () => {
		const { scope, requests } = intercom();
		scope.get('/help_center/help_centers').reply(200, helpCenters);
		const result = await runIntercom({
			resource: 'helpCenter',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/help_center/help_centers', query: {} }),
		]);
		expect(jsonOf(result)).toEqual(helpCenters.data);
	});

	it('a Limit trims the one answer', async () => {
		const { scope, requests } = intercom();
		scope.get('/help_center/help_centers').reply(200, helpCenters);
		const result = await runIntercom({ resource: 'helpCenter', operation: 'getAll', limit: 2 });
		expect(requests).toHaveLength(1);
		expect(jsonOf(result).map((h) => h.id)).toEqual(['1', '2']);
	});

	it('an empty workspace gives no items', async () => {
		const { scope } = intercom();
		scope.get('/help_center/help_centers').reply(200, { type: 'list', data: [] });
		const result = await runIntercom({
			resource: 'helpCenter',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([]);
	});

	it('refuses a Limit of 0 before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'helpCenter', operation: 'getAll', limit: 0 });
		expect(result.error?.message).toMatch(/^Limit: /);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('helpCenter › getAll');
