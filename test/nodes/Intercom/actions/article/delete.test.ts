import {
	byId,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';
import { ARTICLE_IDS } from './articleFixtures';

isolateNetwork();

const id = ARTICLE_IDS.article;

describe('article › delete', () => {
	it('DELETE /articles/{id}; Intercom’s answer says which article was deleted', async () => {
		const { scope, requests } = intercom();
		scope.delete(`/articles/${id}`).reply(200, { id, object: 'article', deleted: true });
		const result = await runIntercom({
			resource: 'article',
			operation: 'delete',
			articleId: byId(id),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: `/articles/${id}`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([{ id, object: 'article', deleted: true }]);
	});

	it('an article already gone is a clear 404', async () => {
		const { scope } = intercom();
		scope.delete(`/articles/${id}`).reply(404, errorList('not_found', 'Resource Not Found'));
		const result = await runIntercom({
			resource: 'article',
			operation: 'delete',
			articleId: byId(id),
		});
		expect(result.error?.message).toBe('Intercom error 404: not_found: Resource Not Found');
	});

	it('refuses an article ID that is not a number before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'article',
			operation: 'delete',
			articleId: byId('={{ "1.5" }}'),
		});
		expect(result.error?.message).toBe(
			'Article: "1.5" is not a valid Intercom ID (it is a number) (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › delete');
