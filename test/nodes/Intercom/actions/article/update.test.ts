import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	contractSuite,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';
import { ARTICLE_IDS, article } from './articleFixtures';

isolateNetwork();

const id = ARTICLE_IDS.article;
const base = { resource: 'article', operation: 'update', articleId: byId(id) };

describe('article › update', () => {
	it('PUTs /articles/{id} with only the fields given; the parent ID goes as text, as the spec has it', async () => {
		const { scope, requests } = intercom();
		scope.put(`/articles/${id}`).reply(200, article(id, { title: 'Christmas is here!' }));
		const result = await runIntercom({
			...base,
			updateFields: {
				title: 'Christmas is here!',
				body: '<p>New gifts</p>',
				description: 'Seasonal',
				authorId: IDS.admin,
				state: 'draft',
				parentId: byId(ARTICLE_IDS.collection),
			},
			translations: { translation: [{ locale: 'de', title: 'Weihnachten', state: 'published' }] },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'PUT', path: `/articles/${id}`, query: {} }),
		]);
		expect(requests[0].body).toEqual({
			title: 'Christmas is here!',
			description: 'Seasonal',
			body: '<p>New gifts</p>',
			author_id: Number(IDS.admin),
			state: 'draft',
			parent_id: ARTICLE_IDS.collection,
			parent_type: 'collection',
			translated_content: { de: { title: 'Weihnachten', state: 'published' } },
		});
		expect(jsonOf(result)).toEqual([article(id, { title: 'Christmas is here!' })]);
	});

	it('a translation alone is a change', async () => {
		const { scope, requests } = intercom();
		scope.put(`/articles/${id}`).reply(200, article());
		await runIntercom({
			...base,
			translations: { translation: [{ locale: 'fr', body: '<p>Nouveau</p>' }] },
		});
		expect(requests[0].body).toEqual({ translated_content: { fr: { body: '<p>Nouveau</p>' } } });
	});

	it.each([
		[{}, 'Update Fields: add at least one field or translation to change (item 0)'],
		[
			{ updateFields: { authorId: '={{ "ada" }}' } },
			'Author: "ada" is not an Intercom ID (digits) (item 0)',
		],
		[
			{ articleId: byId('={{ "" }}'), updateFields: { title: 'T' } },
			'Article: is empty. Pick one from the list or give its ID (item 0)',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › update');
