import {
	byId,
	byList,
	contractSuite,
	errorList,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';
import { ARTICLE_IDS } from './articleFixtures';

isolateNetwork();

const id = ARTICLE_IDS.article;
const base = {
	resource: 'article',
	operation: 'removeTag',
	articleId: byId(id),
	tagId: byList(IDS.tag),
};
const removed = {
	type: 'tag',
	id: IDS.tag,
	name: 'Independent',
	applied_at: null,
	applied_by: null,
};

describe('article › removeTag', () => {
	it('DELETE /articles/{id}/tags/{tag_id} without a body; the tag removed comes back', async () => {
		const { scope, requests } = intercom();
		scope.delete(`/articles/${id}/tags/${IDS.tag}`).reply(200, removed);
		const result = await runIntercom(base);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: `/articles/${id}/tags/${IDS.tag}`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([removed]);
	});

	it('Intercom’s 404 for an unknown article is shown as is', async () => {
		const { scope } = intercom();
		scope
			.delete(`/articles/${id}/tags/${IDS.tag}`)
			.reply(404, errorList('article_not_found', 'Article not found'));
		const result = await runIntercom(base);
		expect(result.error?.message).toBe('Intercom error 404: article_not_found: Article not found');
	});

	it('refuses a tag ID that would change the path before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, tagId: byId('={{ ".." }}') });
		expect(result.error?.message).toBe('Tag: ".." is not a valid Intercom ID (item 0)');
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › removeTag');
