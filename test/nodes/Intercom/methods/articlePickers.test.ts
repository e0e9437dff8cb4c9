import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import { runListSearch } from '../../../harness/run-method';
import { accessTokenCredentials, contractSuite, intercom, isolateNetwork } from '../fixtures';

isolateNetwork();

const base = {
	node: new Intercom(),
	credentials: { intercomAccessTokenApi: accessTokenCredentials() },
	credentialTypes: [new IntercomAccessTokenApi()],
};

const listed = (id: string, title: string, state = 'published') => ({
	type: 'article',
	id,
	title,
	state,
	url: state === 'published' ? `https://help.example.com/en/articles/${id}` : null,
});

describe('pickers › searchArticles', () => {
	it('without a filter lists recently updated articles, 50 a page, drafts marked', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/articles')
			.query({ page: '1', per_page: '50' })
			.reply(200, {
				type: 'list',
				pages: { type: 'pages', page: 1, per_page: 50, total_pages: 3 },
				total_count: 120,
				data: [listed('39', 'Getting started'), listed('40', 'Refunds', 'draft'), listed('41', '')],
			});
		const result = await runListSearch({ ...base, method: 'searchArticles' });
		expect(requests).toHaveLength(1);
		expect(result).toEqual({
			results: [
				{
					name: 'Getting started',
					value: '39',
					url: 'https://help.example.com/en/articles/39',
				},
				{ name: 'Refunds (draft)', value: '40' },
				{ name: 'Article 41', value: '41', url: 'https://help.example.com/en/articles/41' },
			],
			paginationToken: '2',
		});
	});

	it('the token asks for the next page; the last page has no token', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/articles')
			.query({ page: '3', per_page: '50' })
			.reply(200, {
				type: 'list',
				pages: { type: 'pages', page: 3, per_page: 50, total_pages: 3 },
				data: [listed('99', 'Last')],
			});
		const result = await runListSearch({
			...base,
			method: 'searchArticles',
			paginationToken: '3',
		});
		expect(requests[0].query).toEqual({ page: '3', per_page: '50' });
		expect(result.paginationToken).toBeUndefined();
	});

	it('with a filter searches Intercom for the phrase (GET /articles/search?phrase=)', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/articles/search')
			.query({ phrase: 'refund' })
			.reply(200, {
				type: 'list',
				total_count: 11,
				data: { articles: [listed('40', 'Refunds', 'draft')], highlights: [] },
				pages: { type: 'pages', page: 1, per_page: 10, total_pages: 2 },
			})
			.get('/articles/search')
			.query({ phrase: 'refund', page: '2' })
			.reply(200, {
				type: 'list',
				total_count: 11,
				data: { articles: [listed('41', 'Refund policy')], highlights: [] },
				pages: { type: 'pages', page: 2, per_page: 10, total_pages: 2 },
			});
		const first = await runListSearch({ ...base, method: 'searchArticles', filter: ' refund ' });
		const second = await runListSearch({
			...base,
			method: 'searchArticles',
			filter: 'refund',
			paginationToken: first.paginationToken,
		});
		expect(requests.map((r) => [r.path, r.query])).toEqual([
			['/articles/search', { phrase: 'refund' }],
			['/articles/search', { phrase: 'refund', page: '2' }],
		]);
		expect(first).toEqual({
			results: [{ name: 'Refunds (draft)', value: '40' }],
			paginationToken: '2',
		});
		expect(second.results).toEqual([
			{ name: 'Refund policy', value: '41', url: 'https://help.example.com/en/articles/41' },
		]);
		expect(second.paginationToken).toBeUndefined();
	});

	it('a search answer without articles lists nothing', async () => {
		const { scope } = intercom();
		scope
			.get('/articles/search')
			.query({ phrase: 'nothing' })
			.reply(200, { type: 'list', total_count: 0, data: {}, pages: { type: 'pages', page: 1 } });
		const result = await runListSearch({ ...base, method: 'searchArticles', filter: 'nothing' });
		expect(result).toEqual({ results: [], paginationToken: undefined });
	});
});

contractSuite('pickers › articles');
