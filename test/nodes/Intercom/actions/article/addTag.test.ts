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
	operation: 'addTag',
	articleId: byId(id),
	tagId: byList(IDS.tag),
};
const applied = {
	type: 'tag',
	id: IDS.tag,
	name: 'Independent',
	applied_at: 1663597223,
	applied_by: { type: 'admin', id: IDS.admin },
};

describe('article › addTag', () => {
	it('POSTs /articles/{id}/tags with the tag’s ID; the tag applied comes back', async () => {
		const { scope, requests } = intercom();
		scope.post(`/articles/${id}/tags`).reply(200, applied);
		const result = await runIntercom(base);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: `/articles/${id}/tags`,
				query: {},
				body: { id: IDS.tag },
			}),
		]);
		expect(jsonOf(result)).toEqual([applied]);
	});

	it('Tagged By attributes the tagging to a teammate', async () => {
		const { scope, requests } = intercom();
		scope.post(`/articles/${id}/tags`).reply(200, applied);
		await runIntercom({ ...base, options: { adminId: IDS.admin } });
		expect(requests[0].body).toEqual({ id: IDS.tag, admin_id: IDS.admin });
	});

	it('Intercom’s 404 for an unknown tag is shown as is', async () => {
		const { scope } = intercom();
		scope.post(`/articles/${id}/tags`).reply(404, errorList('tag_not_found', 'Tag not found'));
		const result = await runIntercom(base);
		expect(result.error?.message).toBe('Intercom error 404: tag_not_found: Tag not found');
	});

	it.each([
		[
			{ tagId: byList('={{ "" }}') },
			'Tag: is empty. Pick one from the list or give its ID (item 0)',
		],
		[{ options: { adminId: 'ada' } }, 'Tagged By: "ada" is not an Intercom ID (digits) (item 0)'],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › addTag');
