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
import { internalArticle } from '../../knowledgeFixtures';

isolateNetwork();

describe('internalArticle › get', () => {
	it('GETs /internal_articles/{id}, the whole article', async () => {
		const { scope, requests } = intercom();
		scope.get('/internal_articles/39').reply(200, internalArticle('39'));
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'get',
			internalArticleId: byList('39'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/internal_articles/39', body: undefined }),
		]);
		expect(jsonOf(result)).toEqual([internalArticle('39')]);
	});

	it('a 404 becomes one error item with Continue On Fail; the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/internal_articles/1')
			.reply(404, errorList('not_found', 'Resource Not Found', 'req-9'))
			.get('/internal_articles/2')
			.reply(200, internalArticle('2'));
		const result = await runIntercom(
			{
				resource: 'internalArticle',
				operation: 'get',
				internalArticleId: byId('={{ $json.id }}'),
			},
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Resource Not Found',
				}),
				pairedItem: { item: 0 },
			},
			{ json: internalArticle('2'), pairedItem: { item: 1 } },
		]);
	});

	it.each([
		['={{ "" }}', 'Internal Article: is empty. Pick one from the list or give its ID (item 0)'],
		[
			'={{ "../admins" }}',
			'Internal Article: "../admins" is not a valid Intercom ID (it is a number) (item 0)',
		],
	])('refuses %s before any request', async (value, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'get',
			internalArticleId: byId(value),
		});
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('internalArticle › get');
