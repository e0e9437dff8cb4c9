import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('internalArticle › delete', () => {
	it('DELETE /internal_articles/{id}; Intercom’s answer is the output', async () => {
		const { scope, requests } = intercom();
		scope
			.delete('/internal_articles/51')
			.reply(200, { id: '51', object: 'internal_article', deleted: true });
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'delete',
			internalArticleId: byId('51'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'DELETE', path: '/internal_articles/51', body: undefined }),
		]);
		expect(jsonOf(result)).toEqual([{ id: '51', object: 'internal_article', deleted: true }]);
	});
});

contractSuite('internalArticle › delete');
