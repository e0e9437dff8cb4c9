import {
	byId,
	byList,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const item = (id: string) => ({
	id,
	type: 'news-item',
	workspace_id: 'ws1',
	title: `News ${id}`,
	body: '<p>Hello there,</p>',
	sender_id: 991267825,
	state: 'live',
	labels: [],
	cover_image_url: null,
	reactions: [],
	deliver_silently: false,
	created_at: 1734537793,
	updated_at: 1734537793,
	newsfeed_assignments: [{ newsfeed_id: 53, published_at: 1734537793 }],
});

const page = (ids: string[], number: number, totalPages: number) => ({
	type: 'list',
	pages: { page: number, per_page: 2, total_pages: totalPages, type: 'pages' },
	data: ids.map(item),
	total_count: 3,
});

describe('newsfeed › getItems', () => {
	it('GETs /news/newsfeeds/{id}/items; Return All follows the pages; Simplify leaves out the body', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/news/newsfeeds/53/items')
			.reply(200, page(['1', '2'], 1, 2))
			.get('/news/newsfeeds/53/items')
			.query({ page: '2' })
			.reply(200, page(['3'], 2, 2));
		const result = await runIntercom({
			resource: 'newsfeed',
			operation: 'getItems',
			newsfeedId: byList('53'),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/news/newsfeeds/53/items', {}],
			['GET', '/news/newsfeeds/53/items', { page: '2' }],
		]);
		expect(jsonOf(result).map((n) => n.id)).toEqual(['1', '2', '3']);
		expect(jsonOf(result).some((n) => 'body' in n)).toBe(false);
	});

	it('a Limit stops after the page that reaches it; without Simplify the whole items', async () => {
		const { scope, requests } = intercom();
		scope.get('/news/newsfeeds/53/items').reply(200, page(['1', '2'], 1, 2));
		const result = await runIntercom({
			resource: 'newsfeed',
			operation: 'getItems',
			newsfeedId: byId('53'),
			limit: 2,
			simple: false,
		});
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual([item('1'), item('2')]);
	});

	it('an empty newsfeed gives no items', async () => {
		const { scope } = intercom();
		scope.get('/news/newsfeeds/53/items').reply(200, {
			type: 'list',
			pages: { page: 1, per_page: 20, total_pages: 0, type: 'pages' },
			data: [],
			total_count: 0,
		});
		const result = await runIntercom({
			resource: 'newsfeed',
			operation: 'getItems',
			newsfeedId: byId('53'),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([]);
	});

	it('an unknown newsfeed is a 404 error item with Continue On Fail', async () => {
		const { scope } = intercom();
		scope.get('/news/newsfeeds/9/items').reply(404, errorList('not_found', 'Resource Not Found'));
		const result = await runIntercom(
			{ resource: 'newsfeed', operation: 'getItems', newsfeedId: byId('9'), returnAll: true },
			{ continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Resource Not Found',
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('refuses an empty newsfeed before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'newsfeed',
			operation: 'getItems',
			newsfeedId: byList('={{ "" }}'),
		});
		expect(result.error?.message).toBe(
			'Newsfeed: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('newsfeed › getItems');
