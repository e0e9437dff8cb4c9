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

describe('newsItem › delete', () => {
	it('DELETEs /news/news_items/{id} and returns Intercom’s answer', async () => {
		const { scope, requests } = intercom();
		scope
			.delete('/news/news_items/40')
			.reply(200, { id: '40', object: 'news-item', deleted: true });
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'delete',
			newsItemId: byList('40'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/news/news_items/40',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([{ id: '40', object: 'news-item', deleted: true }]);
	});

	it('a news item already gone is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.delete('/news/news_items/1')
			.reply(404, errorList('not_found', 'Resource Not Found'))
			.delete('/news/news_items/2')
			.reply(200, { id: '2', object: 'news-item', deleted: true });
		const result = await runIntercom(
			{ resource: 'newsItem', operation: 'delete', newsItemId: byId('={{ $json.id }}') },
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Resource Not Found',
				}),
				pairedItem: { item: 0 },
			},
			{ json: { id: '2', object: 'news-item', deleted: true }, pairedItem: { item: 1 } },
		]);
	});

	it('refuses an empty news item before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'delete',
			newsItemId: byList('={{ "" }}'),
		});
		expect(result.error?.message).toBe(
			'News Item: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('newsItem › delete');
