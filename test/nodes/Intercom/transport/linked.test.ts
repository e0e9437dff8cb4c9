import { nextPageQuery } from '../../../../nodes/Intercom/transport';
import {
	accessTokenCredentials,
	contractSuite,
	intercom,
	isolateNetwork,
	runIntercom,
} from '../fixtures';

isolateNetwork();

describe('transport › nextPageQuery', () => {
	it('a pages.next link gives its query (the host is ignored: the credential’s stays)', () => {
		expect(
			nextPageQuery(
				{ pages: { next: 'https://elsewhere.example/events?type=user&email=a%40b.c&before=17' } },
				{ type: 'user', email: 'a@b.c' },
			),
		).toEqual({ type: 'user', email: 'a@b.c', before: '17' });
	});

	it('a starting_after cursor is added to the current query', () => {
		expect(nextPageQuery({ pages: { next: { starting_after: 'abc' } } }, { a: 1 })).toEqual({
			a: 1,
			starting_after: 'abc',
		});
	});

	it('page/total_pages give the next page number', () => {
		expect(
			nextPageQuery({ pages: { page: 2, total_pages: 3, next: null } }, { a: 1, page: 2 }),
		).toEqual({ a: 1, page: 3 });
	});

	it.each([
		[{}],
		[{ pages: { page: 3, total_pages: 3, next: null } }],
		[{ pages: { next: { starting_after: null } } }],
		[{ pages: { next: '' } }],
	])('the last page gives nothing: %j', (response) => {
		expect(nextPageQuery(response, {})).toBeUndefined();
	});
});

describe('transport › listByPagesNext', () => {
	it('a page pointing back at a page already asked for is an error, not the end of the list', async () => {
		const { scope, requests } = intercom();
		const answer = (page: number) => ({
			type: 'list',
			data: [{ id: `n${page}` }],
			pages: { type: 'pages', next: 'https://api.intercom.io/contacts/c1/notes?page=2' },
		});
		scope
			.get('/contacts/c1/notes')
			.reply(200, answer(1))
			.get('/contacts/c1/notes')
			.query({ page: '2' })
			.reply(200, answer(2));
		const result = await runIntercom({
			resource: 'note',
			operation: 'getAll',
			noteOwner: 'contact',
			contactId: { __rl: true, mode: 'id', value: 'c1' },
			returnAll: true,
		});
		expect(requests).toHaveLength(2);
		expect(result.error?.message).toBe(
			'Intercom\'s pages did not end: GET /contacts/c1/notes gave the page query "page=2" for page 3, already used for page 2 (after 2 pages and 2 items). Nothing was returned to avoid a partial list',
		);
		expect(result.items).toHaveLength(0);
	});
});

describe('transport › listCompaniesByScroll against another server', () => {
	it('scrolls through a Custom base URL with its path prefix', async () => {
		const base = 'http://127.0.0.1:4010/proxy/intercom';
		const { scope, requests } = intercom(base);
		scope
			.get('/proxy/intercom/companies/scroll')
			.reply(200, { type: 'list', data: [{ type: 'company', id: 'a' }], scroll_param: 's1' })
			.get('/proxy/intercom/companies/scroll')
			.query({ scroll_param: 's1' })
			.reply(200, { type: 'list', data: [], scroll_param: 's1' });
		const result = await runIntercom(
			{ resource: 'company', operation: 'getAll', returnAll: true, simple: false },
			{ credentials: accessTokenCredentials({ region: 'custom', baseUrl: `${base}/` }) },
		);
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([{}, { scroll_param: 's1' }]);
		expect(result.items.map((item) => item.json)).toEqual([{ type: 'company', id: 'a' }]);
	});
});

contractSuite('transport › linked lists and scroll');
