import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';
import { appliedTag } from '../../knowledgeFixtures';

isolateNetwork();

describe('internalArticle › addTag and removeTag', () => {
	it('Add Tag POSTs the tag ID to /internal_articles/{id}/tags', async () => {
		const { scope, requests } = intercom();
		scope.post('/internal_articles/39/tags').reply(200, appliedTag);
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'addTag',
			internalArticleId: byId('39'),
			tagId: byId('7522907'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/internal_articles/39/tags',
				body: { id: '7522907' },
			}),
		]);
		expect(jsonOf(result)).toEqual([appliedTag]);
	});

	it('Remove Tag DELETEs /internal_articles/{id}/tags/{tag_id}', async () => {
		const { scope, requests } = intercom();
		const removed = { ...appliedTag, applied_at: null, applied_by: null };
		scope.delete('/internal_articles/39/tags/7522907').reply(200, removed);
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'removeTag',
			internalArticleId: byId('39'),
			tagId: byId('7522907'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/internal_articles/39/tags/7522907',
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([removed]);
	});

	it('Tagged By sends the teammate as admin_id; a Tagged By that is not an ID is refused first', async () => {
		const { scope, requests } = intercom();
		scope.post('/internal_articles/39/tags').reply(200, appliedTag);
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'addTag',
			internalArticleId: byId('39'),
			tagId: byId('7522907'),
			options: { adminId: '991267460' },
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.body)).toEqual([{ id: '7522907', admin_id: '991267460' }]);

		const refused = await runIntercom({
			resource: 'internalArticle',
			operation: 'addTag',
			internalArticleId: byId('39'),
			tagId: byId('7522907'),
			options: { adminId: '={{ "me" }}' },
		});
		expect(refused.error?.message).toBe('Tagged By: "me" is not an Intercom ID (digits) (item 0)');
		expect(requests).toHaveLength(1);
	});

	it('refuses a tag ID with a slash before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'removeTag',
			internalArticleId: byId('39'),
			tagId: byId('={{ "1/2" }}'),
		});
		expect(result.error?.message).toBe('Tag: "1/2" is not a valid Intercom ID (item 0)');
		expect(requests).toHaveLength(0);
	});
});

contractSuite('internalArticle › addTag and removeTag');
