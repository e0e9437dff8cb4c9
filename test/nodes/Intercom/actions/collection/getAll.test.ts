import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const collections = (from: number, n: number) =>
	Array.from({ length: n }, (_, k) => ({
		id: String(from + k),
		workspace_id: 'ws1',
		name: `Collection ${from + k}`,
		order: k,
		created_at: 1734537309,
		updated_at: 1734537309,
		parent_id: null,
		help_center_id: 81,
	}));
const page = (data: unknown[], pageNo: number, totalPages: number, perPage = 250) => ({
	type: 'list',
	data,
	total_count: 520,
	pages: { type: 'pages', page: pageNo, per_page: perPage, total_pages: totalPages },
});

describe('collection › getAll', () => {
	it('Return All asks for 250 a page and follows the numbered pages to the last one', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/help_center/collections')
			.query({ page: '1', per_page: '250' })
			.reply(200, page(collections(1, 250), 1, 3))
			.get('/help_center/collections')
			.query({ page: '2', per_page: '250' })
			.reply(200, page(collections(251, 250), 2, 3))
			.get('/help_center/collections')
			.query({ page: '3', per_page: '250' })
			.reply(200, page(collections(501, 20), 3, 3));
		const result = await runIntercom({
			resource: 'collection',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/help_center/collections', { page: '1', per_page: '250' }],
			['GET', '/help_center/collections', { page: '2', per_page: '250' }],
			['GET', '/help_center/collections', { page: '3', per_page: '250' }],
		]);
		const ids = jsonOf(result).map((c) => c.id);
		expect(ids).toHaveLength(520);
		expect(new Set(ids).size).toBe(520);
	});

	it('a Limit asks for no more than it needs and stops there', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/help_center/collections')
			.query({ page: '1', per_page: '30' })
			.reply(200, page(collections(1, 30), 1, 18, 30));
		const result = await runIntercom({ resource: 'collection', operation: 'getAll', limit: 30 });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual(collections(1, 30));
	});

	it('an answer without its list is an error, not an empty list', async () => {
		const { scope } = intercom();
		scope.get('/help_center/collections').query(true).reply(200, { type: 'list' });
		const result = await runIntercom({
			resource: 'collection',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error?.message).toMatch(/data/);
	});
});

contractSuite('collection › getAll');
