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

const newsPage = (items: object[], page: number, totalPages: number) => ({
	type: 'list',
	pages: { type: 'pages', page, per_page: 10, total_pages: totalPages },
	data: items,
	total_count: items.length,
});

const newsItem = (id: string, title: string, state = 'live') => ({
	type: 'news-item',
	id,
	title,
	body: '<p>…</p>',
	state,
});

describe('pickers › searchNewsItems', () => {
	it('without a filter lists one page, labelled by title and state, and hands back the next page', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/news/news_items')
			.reply(200, newsPage([newsItem('1', 'Halloween'), newsItem('2', '', 'draft')], 1, 3));
		const result = await runListSearch({ ...base, method: 'searchNewsItems' });
		expect(requests.map((r) => [r.path, r.query])).toEqual([['/news/news_items', {}]]);
		expect(result).toEqual({
			results: [
				{ name: 'Halloween (live)', value: '1' },
				{ name: 'News item 2 (draft)', value: '2' },
			],
			paginationToken: '2',
		});
	});

	it('with a filter scans the pages on the client: title (any case) or ID, from the token on', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/news/news_items')
			.query({ page: '2' })
			.reply(200, newsPage([newsItem('11', 'Spooky HALLOWEEN'), newsItem('12', 'Winter')], 2, 3))
			.get('/news/news_items')
			.query({ page: '3' })
			.reply(200, newsPage([newsItem('21', 'Halloween again'), newsItem('22', 'Other')], 3, 3));
		const result = await runListSearch({
			...base,
			method: 'searchNewsItems',
			filter: ' halloween ',
			paginationToken: '2',
		});
		expect(requests.map((r) => r.query)).toEqual([{ page: '2' }, { page: '3' }]);
		expect(result).toEqual({
			results: [
				{ name: 'Spooky HALLOWEEN (live)', value: '11' },
				{ name: 'Halloween again (live)', value: '21' },
			],
			paginationToken: undefined,
		});
	});

	it('a filter that is an ID finds the item whatever its title', async () => {
		const { scope } = intercom();
		scope.get('/news/news_items').reply(200, newsPage([newsItem('7', 'Launch')], 1, 1));
		const result = await runListSearch({ ...base, method: 'searchNewsItems', filter: '7' });
		expect(result.results).toEqual([{ name: 'Launch (live)', value: '7' }]);
	});

	it('with a filter stops after 10 pages and hands back where it stopped', async () => {
		const { scope, requests } = intercom();
		scope.get('/news/news_items').reply(200, newsPage([newsItem('1', 'a')], 1, 20));
		for (let page = 2; page <= 10; page++) {
			scope
				.get('/news/news_items')
				.query({ page: String(page) })
				.reply(200, newsPage([newsItem(String(page), 'a')], page, 20));
		}
		const result = await runListSearch({ ...base, method: 'searchNewsItems', filter: 'zzz' });
		expect(requests).toHaveLength(10);
		expect(result).toEqual({ results: [], paginationToken: '11' });
	});
});

describe('pickers › searchNewsfeeds', () => {
	it('lists newsfeeds by name, filtered on the client', async () => {
		const { scope } = intercom();
		scope
			.get('/news/newsfeeds')
			.twice()
			.reply(
				200,
				newsPage(
					[
						{ type: 'newsfeed', id: '68', name: 'Visitor Feed' },
						{ type: 'newsfeed', id: '69', name: 'Customers' },
					],
					1,
					1,
				),
			);
		expect(await runListSearch({ ...base, method: 'searchNewsfeeds' })).toEqual({
			results: [
				{ name: 'Visitor Feed', value: '68' },
				{ name: 'Customers', value: '69' },
			],
			paginationToken: undefined,
		});
		expect(await runListSearch({ ...base, method: 'searchNewsfeeds', filter: 'visitor' })).toEqual({
			results: [{ name: 'Visitor Feed', value: '68' }],
			paginationToken: undefined,
		});
	});
});

describe('pickers › searchMacros', () => {
	const macros = (ids: string[], next?: string) => ({
		type: 'list',
		data: ids.map((id) => ({
			type: 'macro',
			id,
			name: id === '3' ? 'Refund Process' : `Macro ${id}`,
		})),
		pages: { type: 'pages', per_page: 50, next: next ? { starting_after: next } : null },
	});

	it('without a filter lists one page of 50 and hands back the cursor', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/macros')
			.query({ per_page: '50' })
			.reply(200, macros(['1', '2'], 'c1'));
		expect(await runListSearch({ ...base, method: 'searchMacros' })).toEqual({
			results: [
				{ name: 'Macro 1', value: '1' },
				{ name: 'Macro 2', value: '2' },
			],
			paginationToken: 'c1',
		});
		expect(requests).toHaveLength(1);
	});

	it('with a filter follows the cursor from the token, keeping names that contain it', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/macros')
			.query({ per_page: '50', starting_after: 'c1' })
			.reply(200, macros(['1', '2'], 'c2'))
			.get('/macros')
			.query({ per_page: '50', starting_after: 'c2' })
			.reply(200, macros(['3']));
		const result = await runListSearch({
			...base,
			method: 'searchMacros',
			filter: 'refund',
			paginationToken: 'c1',
		});
		expect(requests).toHaveLength(2);
		expect(result).toEqual({
			results: [{ name: 'Refund Process', value: '3' }],
			paginationToken: undefined,
		});
	});
});

contractSuite('news pickers');
