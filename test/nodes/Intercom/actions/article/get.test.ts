import {
	byId,
	byList,
	byUrl,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';
import { ARTICLE_IDS, article, simpleArticle } from './articleFixtures';

isolateNetwork();

const id = ARTICLE_IDS.article;

describe('article › get', () => {
	it('GETs /articles/{id}; Simplify (default) leaves out the bodies, the translations’ too', async () => {
		const { scope, requests } = intercom();
		scope.get(`/articles/${id}`).reply(200, article());
		const result = await runIntercom({
			resource: 'article',
			operation: 'get',
			articleId: byList(id),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: `/articles/${id}`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([simpleArticle()]);
		expect(result.items[0].json).not.toHaveProperty('body');
	});

	it('Simplify off returns Intercom’s article as is', async () => {
		const { scope } = intercom();
		scope.get(`/articles/${id}`).reply(200, article());
		const result = await runIntercom({
			resource: 'article',
			operation: 'get',
			articleId: byId(id),
			simple: false,
		});
		expect(jsonOf(result)).toEqual([article()]);
	});

	it.each([
		'https://app.intercom.com/a/apps/abc123/articles/articles/6871119/show',
		'https://app.eu.intercom.com/a/apps/abc123/articles/articles/6871119/show?tab=content',
		'https://app.au.intercom.com/a/apps/abc123/articles/articles/6871119/show',
	])('takes the article from an Intercom app URL: %s', async (url) => {
		const { scope, requests } = intercom();
		scope.get(`/articles/${id}`).reply(200, article());
		const result = await runIntercom({
			resource: 'article',
			operation: 'get',
			articleId: byUrl(url),
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].path).toBe(`/articles/${id}`);
	});

	it('a missing article is a clear 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/articles/1')
			.reply(404, errorList('not_found', 'Resource Not Found'))
			.get('/articles/2')
			.reply(200, article('2'));
		const result = await runIntercom(
			{ resource: 'article', operation: 'get', articleId: byId('={{ $json.id }}') },
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
			{ json: simpleArticle('2'), pairedItem: { item: 1 } },
		]);
	});

	it.each([
		[byList('={{ "" }}'), 'Article: is empty. Pick one from the list or give its ID (item 0)'],
		[byId('={{ "abc" }}'), 'Article: "abc" is not a valid Intercom ID (it is a number) (item 0)'],
		[
			byId('={{ "12/../3" }}'),
			'Article: "12/../3" is not a valid Intercom ID (it is a number) (item 0)',
		],
	])('refuses a bad article before any request: %j', async (articleId, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'article', operation: 'get', articleId });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › get');
