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

const newsItem = (id: string) => ({
	id,
	type: 'news-item',
	workspace_id: 'ws1',
	title: 'We have news',
	body: '<p>Hello there,</p>',
	sender_id: 991267837,
	state: 'live',
	labels: ['Product'],
	cover_image_url: null,
	reactions: ['👍'],
	deliver_silently: false,
	created_at: 1734537800,
	updated_at: 1734537800,
	newsfeed_assignments: [{ newsfeed_id: 55, published_at: 1734537800 }],
});

describe('newsItem › get', () => {
	it('GETs /news/news_items/{id}; Simplify (default) leaves out the HTML body', async () => {
		const { scope, requests } = intercom();
		scope.get('/news/news_items/34').reply(200, newsItem('34'));
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'get',
			newsItemId: byList('34'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/news/news_items/34',
				query: {},
				body: undefined,
			}),
		]);
		const simple: Record<string, unknown> = newsItem('34');
		delete simple.body;
		expect(jsonOf(result)).toEqual([simple]);
	});

	it('without Simplify returns the whole news item', async () => {
		const { scope } = intercom();
		scope.get('/news/news_items/34').reply(200, newsItem('34'));
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'get',
			newsItemId: byId('34'),
			simple: false,
		});
		expect(jsonOf(result)).toEqual([newsItem('34')]);
	});

	it('a news item that is gone is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/news/news_items/1')
			.reply(404, errorList('not_found', 'Resource Not Found'))
			.get('/news/news_items/2')
			.reply(200, newsItem('2'));
		const result = await runIntercom(
			{ resource: 'newsItem', operation: 'get', newsItemId: byId('={{ $json.id }}') },
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Resource Not Found',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: expect.objectContaining({ id: '2' }), pairedItem: { item: 1 } },
		]);
	});

	it('refuses an ID that is not a number before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'get',
			newsItemId: byId('={{ "../admins" }}'),
		});
		expect(result.error?.message).toBe(
			'News Item: "../admins" is not a valid Intercom ID (it is a number) (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('newsItem › get');
