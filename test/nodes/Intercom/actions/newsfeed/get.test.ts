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

const feed = (id: string) => ({
	id,
	type: 'newsfeed',
	name: 'Visitor Feed',
	created_at: 1734537815,
	updated_at: 1734537815,
});

describe('newsfeed › get', () => {
	it('GETs /news/newsfeeds/{id}', async () => {
		const { scope, requests } = intercom();
		scope.get('/news/newsfeeds/72').reply(200, feed('72'));
		const result = await runIntercom({
			resource: 'newsfeed',
			operation: 'get',
			newsfeedId: byList('72'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/news/newsfeeds/72',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([feed('72')]);
	});

	it('an unknown newsfeed is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/news/newsfeeds/1')
			.reply(404, errorList('not_found', 'Resource Not Found'))
			.get('/news/newsfeeds/2')
			.reply(200, feed('2'));
		const result = await runIntercom(
			{ resource: 'newsfeed', operation: 'get', newsfeedId: byId('={{ $json.id }}') },
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
			{ json: feed('2'), pairedItem: { item: 1 } },
		]);
	});

	it('refuses an ID that is not a number before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'newsfeed',
			operation: 'get',
			newsfeedId: byId('={{ "feed-1" }}'),
		});
		expect(result.error?.message).toBe(
			'Newsfeed: "feed-1" is not a valid Intercom ID (it is a number) (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('newsfeed › get');
