import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const item = (id: string) => ({
	id,
	type: 'news-item',
	workspace_id: 'ws1',
	title: `News ${id}`,
	body: '<p>Hello there,</p>',
	sender_id: 991267825,
	state: 'draft',
	labels: [],
	cover_image_url: null,
	reactions: [],
	deliver_silently: false,
	created_at: 1734537793,
	updated_at: 1734537793,
	newsfeed_assignments: [],
});

const page = (ids: string[], number: number, totalPages: number) => ({
	type: 'list',
	pages: { page: number, per_page: 2, total_pages: totalPages, type: 'pages' },
	data: ids.map(item),
	total_count: 3,
});

describe('newsItem › getAll', () => {
	it('Return All follows the numbered pages to the last, simplified (no HTML body)', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/news/news_items')
			.reply(200, page(['1', '2'], 1, 2))
			.get('/news/news_items')
			.query({ page: '2' })
			.reply(200, page(['3'], 2, 2));
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/news/news_items', {}],
			['GET', '/news/news_items', { page: '2' }],
		]);
		expect(jsonOf(result).map((n) => n.id)).toEqual(['1', '2', '3']);
		expect(jsonOf(result).every((n) => !('body' in n) && n.title)).toBe(true);
	});

	it('a Limit stops after the page that reaches it; without Simplify the whole items', async () => {
		const { scope, requests } = intercom();
		scope.get('/news/news_items').reply(200, page(['1', '2'], 1, 2));
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'getAll',
			limit: 1,
			simple: false,
		});
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual([item('1')]);
	});

	it('refuses a Limit of 0 before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'newsItem', operation: 'getAll', limit: 0 });
		expect(result.error?.message).toBe(
			'Limit: got the number 0, expected a whole number of at least 1 (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('newsItem › getAll');
