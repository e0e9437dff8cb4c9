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
import { contentSnippet } from '../../knowledgeFixtures';

isolateNetwork();

describe('contentSnippet › get', () => {
	it('GETs /content_snippets/{id}', async () => {
		const { scope, requests } = intercom();
		scope.get('/content_snippets/123').reply(200, contentSnippet('123'));
		const result = await runIntercom({
			resource: 'contentSnippet',
			operation: 'get',
			contentSnippetId: byList('123'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/content_snippets/123', body: undefined }),
		]);
		expect(jsonOf(result)).toEqual([contentSnippet('123')]);
	});

	it('a 404 becomes one error item with Continue On Fail, with the request ID', async () => {
		const { scope } = intercom();
		scope
			.get('/content_snippets/9')
			.reply(404, errorList('not_found', 'Content snippet not found', 'req-404'));
		const result = await runIntercom(
			{ resource: 'contentSnippet', operation: 'get', contentSnippetId: byId('9') },
			{ continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Content snippet not found',
				}),
				pairedItem: { item: 0 },
			},
		]);
		expect(JSON.stringify(result.items[0].json)).toContain('req-404');
	});
});

contractSuite('contentSnippet › get');
