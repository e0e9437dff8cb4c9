import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import { runListSearch } from '../../../harness/run-method';
import { accessTokenCredentials, contractSuite, intercom, isolateNetwork } from '../fixtures';
import { contentSnippet, internalArticle } from '../knowledgeFixtures';

isolateNetwork();

const base = {
	node: new Intercom(),
	credentials: { intercomAccessTokenApi: accessTokenCredentials() },
	credentialTypes: [new IntercomAccessTokenApi()],
};
const ids = (from: number, count: number) =>
	Array.from({ length: count }, (_, k) => String(from + k));

describe('pickers › searchInternalArticles', () => {
	it('without a filter lists page by page (50 a page), labelled by title; the token is the next page', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/internal_articles')
			.query({ page: '2', per_page: '50' })
			.reply(200, {
				type: 'list',
				total_count: 120,
				pages: { type: 'pages', page: 2, per_page: 50, total_pages: 3 },
				data: ids(51, 50).map((id) => internalArticle(id)),
			});
		const result = await runListSearch({
			...base,
			method: 'searchInternalArticles',
			paginationToken: '2',
		});
		expect(requests).toHaveLength(1);
		expect(result.results[0]).toEqual({ name: 'Article 51', value: '51' });
		expect(result.results).toHaveLength(50);
		expect(result.paginationToken).toBe('3');
	});

	it('with a filter searches the knowledge base for internal articles only; the last page has no token', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/content/search')
			.query({ query: 'refund', content_types: 'internal_article', page: '1', per_page: '50' })
			.reply(200, {
				type: 'list',
				total_count: 1,
				pages: { type: 'pages', page: 1, per_page: 50, total_pages: 1 },
				data: [{ type: 'internal_article', id: '7', title: 'Refunds' }],
			});
		const result = await runListSearch({
			...base,
			method: 'searchInternalArticles',
			filter: ' refund ',
		});
		expect(requests).toHaveLength(1);
		expect(result).toEqual({ results: [{ name: 'Refunds', value: '7' }] });
	});
});

describe('pickers › searchContentSnippets', () => {
	it('lists snippets (top-level total_pages), and searches snippets with a filter', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/content_snippets')
			.query({ page: '1', per_page: '50' })
			.reply(200, {
				type: 'list',
				data: [contentSnippet('1'), contentSnippet('2', { title: '' })],
				total_count: 2,
				page: 1,
				per_page: 50,
				total_pages: 1,
			})
			.get('/content/search')
			.query({ query: 'pass', content_types: 'snippet', page: '1', per_page: '50' })
			.reply(200, { type: 'list', total_count: 0, pages: {}, data: [] });
		const listed = await runListSearch({ ...base, method: 'searchContentSnippets' });
		expect(listed).toEqual({
			results: [
				{ name: 'Snippet 1', value: '1' },
				{ name: 'snippet 2', value: '2' },
			],
		});
		const searched = await runListSearch({
			...base,
			method: 'searchContentSnippets',
			filter: 'pass',
		});
		expect(searched).toEqual({ results: [] });
		expect(requests.map((r) => r.path)).toEqual(['/content_snippets', '/content/search']);
	});
});

contractSuite('pickers › knowledge');
