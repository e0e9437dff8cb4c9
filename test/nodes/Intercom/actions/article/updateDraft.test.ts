import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	contractSuite,
	errorList,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';
import { ARTICLE_IDS, article } from './articleFixtures';

isolateNetwork();

const id = ARTICLE_IDS.article;
const base = { resource: 'article', operation: 'updateDraft', articleId: byId(id) };
const staged = article(id, { title: 'Christmas is here!', has_unpublished_changes: true });

describe('article › updateDraft', () => {
	it('PUTs /articles/{id}/draft with the content to stage, translations without state', async () => {
		const { scope, requests } = intercom();
		scope.put(`/articles/${id}/draft`).reply(200, staged);
		const result = await runIntercom({
			...base,
			draftFields: {
				title: 'Christmas is here!',
				body: '<p>New gifts in store</p>',
				description: 'Seasonal',
				authorId: IDS.admin,
			},
			translations: {
				translation: [{ locale: 'fr', title: 'Noël est là', body: '<p>Des cadeaux</p>' }],
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'PUT', path: `/articles/${id}/draft`, query: {} }),
		]);
		expect(requests[0].body).toEqual({
			title: 'Christmas is here!',
			description: 'Seasonal',
			body: '<p>New gifts in store</p>',
			author_id: Number(IDS.admin),
			translated_content: { fr: { title: 'Noël est là', body: '<p>Des cadeaux</p>' } },
		});
		expect(jsonOf(result)).toEqual([staged]);
	});

	it('Intercom’s 422 for an article never published is shown as is', async () => {
		const { scope } = intercom();
		scope
			.put(`/articles/${id}/draft`)
			.reply(
				422,
				errorList('parameter_invalid', 'Article must be published before a draft can be staged'),
			);
		const result = await runIntercom({ ...base, draftFields: { title: 'T' } });
		expect(result.error?.message).toBe(
			'Intercom error 422: parameter_invalid: Article must be published before a draft can be staged',
		);
	});

	it.each([
		[{}, 'Draft Fields: add at least one field or translation to stage (item 0)'],
		[
			{ translations: { translation: [{ locale: 'fr' }] } },
			'Translations › fr: give at least one field of the translation (item 0)',
		],
		[
			{ translations: { translation: [{ locale: '={{ "klingon" }}', title: 'Q' }] } },
			'Translations › Locale: "klingon" is not a locale Intercom\'s articles have (e.g. en, fr, pt-BR) (item 0)',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › updateDraft');
