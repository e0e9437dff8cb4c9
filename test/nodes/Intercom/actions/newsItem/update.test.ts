import {
	byId,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const current = {
	id: '37',
	type: 'news-item',
	workspace_id: 'ws1',
	title: 'Christmas is here!',
	body: '<p>New gifts in store for the jolly season</p>',
	sender_id: 991267845,
	state: 'draft',
	labels: [],
	cover_image_url: null,
	reactions: ['😝', '😂'],
	deliver_silently: false,
	created_at: 1734537803,
	updated_at: 1734537803,
	newsfeed_assignments: [],
};

describe('newsItem › update', () => {
	it('PUTs the fields given; with title and sender among them, one request', async () => {
		const { scope, requests } = intercom();
		scope.put('/news/news_items/37').reply(200, { ...current, title: 'Winter is here!' });
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'update',
			newsItemId: byId('37'),
			updateFields: {
				title: 'Winter is here!',
				senderId: '991267845',
				body: '<p>Hot drinks</p>',
				labels: 'Seasonal',
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/news/news_items/37',
				body: {
					title: 'Winter is here!',
					sender_id: 991267845,
					body: '<p>Hot drinks</p>',
					labels: ['Seasonal'],
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([{ ...current, title: 'Winter is here!' }]);
	});

	it('keeps the current title and sender, which Intercom requires, by reading the item first', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/news/news_items/37')
			.reply(200, current)
			.put('/news/news_items/37')
			.reply(200, { ...current, state: 'live' });
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'update',
			newsItemId: byId('37'),
			updateFields: { state: 'live', deliverSilently: true },
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			['GET', '/news/news_items/37'],
			['PUT', '/news/news_items/37'],
		]);
		expect(requests[1].body).toEqual({
			title: 'Christmas is here!',
			sender_id: 991267845,
			state: 'live',
			deliver_silently: true,
		});
	});

	it('a news item that is gone: the read fails with the 404 and nothing is written', async () => {
		const { scope, requests } = intercom();
		scope.get('/news/news_items/9').reply(404, errorList('not_found', 'Resource Not Found'));
		const result = await runIntercom(
			{
				resource: 'newsItem',
				operation: 'update',
				newsItemId: byId('9'),
				updateFields: { state: 'live' },
			},
			{ continueOnFail: true },
		);
		expect(requests).toHaveLength(1);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Resource Not Found',
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	it.each([
		[{}, 'Update Fields: add at least one field to change (item 0)'],
		[{ title: '' }, 'Update Fields: add at least one field to change (item 0)'],
		[{ senderId: 'x1' }, 'Sender: "x1" is not a valid Intercom ID (it is a number) (item 0)'],
		[{ labels: '={{ null }}' }, 'Labels: got null, expected text separated by commas (item 0)'],
	])('refuses bad input before any request: %j', async (updateFields, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'update',
			newsItemId: byId('37'),
			updateFields,
		});
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('newsItem › update');
