import { NodeOperationError } from 'n8n-workflow';

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
const base = { resource: 'article', operation: 'publishDraft', articleId: byId(id) };

describe('article › publishDraft', () => {
	it('POSTs /articles/{id}/draft/publish without a body on a single-language help center', async () => {
		const { scope, requests } = intercom();
		scope.post(`/articles/${id}/draft/publish`).reply(200, article());
		const result = await runIntercom(base);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: `/articles/${id}/draft/publish`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([article()]);
	});

	it('sends the locales to publish when given (a list, or one code by expression)', async () => {
		const { scope, requests } = intercom();
		scope.post(`/articles/${id}/draft/publish`).twice().reply(200, article());
		await runIntercom({ ...base, locales: ['en', 'pt-BR'] });
		await runIntercom({ ...base, locales: '={{ "fr" }}' });
		expect(requests.map((r) => r.body)).toEqual([
			{ locales: ['en', 'pt-BR'] },
			{ locales: ['fr'] },
		]);
	});

	it('Intercom’s 422 when there is no draft is shown as is', async () => {
		const { scope } = intercom();
		scope
			.post(`/articles/${id}/draft/publish`)
			.reply(422, errorList('parameter_invalid', 'Article has no draft to publish'));
		const result = await runIntercom(base);
		expect(result.error?.message).toBe(
			'Intercom error 422: parameter_invalid: Article has no draft to publish',
		);
	});

	it.each([
		[
			{ locales: '={{ ["en", "xx"] }}' },
			/^Locales: got text "xx", expected one of "ar", .+ \(item 0\)$/,
		],
		[{ locales: '={{ ["fr", "fr"] }}' }, /^Locales: the locale "fr" is given twice \(item 0\)$/],
	])('refuses bad locales before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › publishDraft');
