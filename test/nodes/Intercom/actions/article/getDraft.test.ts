import {
	byId,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';
import { ARTICLE_IDS, article } from './articleFixtures';

isolateNetwork();

const id = ARTICLE_IDS.article;
const draft = article(id, {
	title: 'This is the draft title',
	has_unpublished_changes: true,
	draft_updated_at: 1734537300,
});

describe('article › getDraft', () => {
	it('GETs /articles/{id}/draft: the article with its staged changes, bodies included', async () => {
		const { scope, requests } = intercom();
		scope.get(`/articles/${id}/draft`).reply(200, draft);
		const result = await runIntercom({
			resource: 'article',
			operation: 'getDraft',
			articleId: byId(id),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: `/articles/${id}/draft`, query: {} }),
		]);
		expect(jsonOf(result)).toEqual([draft]);
	});

	it('an article without a staged draft is Intercom’s 404; Continue On Fail goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/articles/1/draft')
			.reply(404, errorList('not_found', 'Resource Not Found'))
			.get('/articles/2/draft')
			.reply(200, draft);
		const result = await runIntercom(
			{ resource: 'article', operation: 'getDraft', articleId: byId('={{ $json.id }}') },
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Resource Not Found',
				}),
				pairedItem: { item: 0 },
			},
			{ json: draft, pairedItem: { item: 1 } },
		]);
	});

	it('refuses an empty article before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'article',
			operation: 'getDraft',
			articleId: byId('={{ "" }}'),
		});
		expect(result.error?.message).toBe(
			'Article: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › getDraft');
