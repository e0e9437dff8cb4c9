import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const brand = (id: string, isDefault = false) => ({
	type: 'brand',
	id,
	name: `Brand ${id}`,
	is_default: isDefault,
	created_at: 1686387300,
	updated_at: 1709229600,
	help_center_id: '10',
	default_address_settings_id: '15',
});

const list = { type: 'list', data: [brand('tlkp1d91', true), brand('3'), brand('4')] };

describe('brand › getAll', () => {
	it('Return All: GET /brands once (Intercom gives them all), one item per brand', async () => {
		const { scope, requests } = intercom();
		scope.get('/brands').reply(200, list);
		const result = await runIntercom({ resource: 'brand', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/brands', query: {}, body: undefined }),
		]);
		expect(result.items).toEqual(list.data.map((b) => ({ json: b, pairedItem: { item: 0 } })));
	});

	it('a Limit keeps the first brands', async () => {
		const { scope } = intercom();
		scope.get('/brands').reply(200, list);
		const result = await runIntercom({ resource: 'brand', operation: 'getAll', limit: 2 });
		expect(jsonOf(result).map((b) => b.id)).toEqual(['tlkp1d91', '3']);
	});

	it('an answer without its list is an error, not an empty result', async () => {
		const { scope } = intercom();
		scope.get('/brands').reply(200, { type: 'list' });
		const result = await runIntercom({ resource: 'brand', operation: 'getAll', returnAll: true });
		expect(result.error?.message).toMatch(/GET \/brands/);
	});
});

contractSuite('brand › getAll');
