import {
	byId,
	company,
	contractSuite,
	errorList,
	fastRetries,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();
fastRetries();

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

const listPage = (companyIds: string[], page: number, totalPages: number, perPage: number) => ({
	type: 'list',
	data: companyIds.map((id) => company(id)),
	total_count: totalPages * perPage,
	pages: { type: 'pages', page, per_page: perPage, total_pages: totalPages },
});

const scrollPage = (companyIds: string[], scrollParam: string | null) => ({
	type: 'list',
	data: companyIds.map((id) => ({ type: 'company', id })),
	pages: null,
	total_count: null,
	scroll_param: scrollParam,
});

describe('company › getAll (page listing)', () => {
	it('a Limit pages through POST /companies/list, 60 a page, and stops at the Limit', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/companies/list')
			.query({ page: '1', per_page: '60' })
			.reply(200, listPage(ids('a', 60), 1, 5, 60))
			.post('/companies/list')
			.query({ page: '2', per_page: '60' })
			.reply(200, listPage(ids('b', 60), 2, 5, 60));
		const result = await runIntercom({ resource: 'company', operation: 'getAll', limit: 100 });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			['POST', '/companies/list', { page: '1', per_page: '60' }, undefined],
			['POST', '/companies/list', { page: '2', per_page: '60' }, undefined],
		]);
		expect(result.items).toHaveLength(100);
		expect(result.items[99].json).toMatchObject({ id: 'b39', plan: 'Pro', tags: ['VIP'] });
	});

	it('a Limit of exactly 10,000 still uses page listing', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/companies/list')
			.query({ page: '1', per_page: '60' })
			.reply(200, listPage(ids('a', 7), 1, 1, 60));
		const result = await runIntercom({
			resource: 'company',
			operation: 'getAll',
			limit: 10000,
			simple: false,
		});
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual(ids('a', 7).map((id) => company(id)));
	});

	it('Filter By Segment: GET /companies?segment_id=, even with Return All', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies')
			.query({ segment_id: 'seg1', page: '1', per_page: '60' })
			.reply(200, listPage(ids('a', 60), 1, 2, 60))
			.get('/companies')
			.query({ segment_id: 'seg1', page: '2', per_page: '60' })
			.reply(200, listPage(ids('b', 3), 2, 2, 60));
		const result = await runIntercom({
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			filterBy: 'segment',
			segmentId: 'seg1',
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{ segment_id: 'seg1', page: '1', per_page: '60' },
			{ segment_id: 'seg1', page: '2', per_page: '60' },
		]);
		expect(result.items).toHaveLength(63);
	});

	it('Filter By Tag: GET /companies?tag_id=', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies')
			.query({ tag_id: '81', page: '1', per_page: '5' })
			.reply(200, listPage(ids('a', 5), 1, 1, 5));
		const result = await runIntercom({
			resource: 'company',
			operation: 'getAll',
			limit: 5,
			filterBy: 'tag',
			tagId: byId('81'),
		});
		expect(result.error).toBeUndefined();
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/companies',
			query: { tag_id: '81', page: '1', per_page: '5' },
		});
		expect(result.items).toHaveLength(5);
	});
});

describe('company › getAll › Order', () => {
	it.each(['asc', 'desc'])(
		'Order %s is sent to POST /companies/list with a Limit',
		async (order) => {
			const { scope, requests } = intercom();
			scope
				.post('/companies/list')
				.query({ order, page: '1', per_page: '5' })
				.reply(200, listPage(ids('a', 5), 1, 3, 5));
			const result = await runIntercom({
				resource: 'company',
				operation: 'getAll',
				limit: 5,
				options: { order },
				simple: false,
			});
			expect(result.error).toBeUndefined();
			expect(requests).toEqual([
				expect.objectContaining({
					method: 'POST',
					path: '/companies/list',
					query: { order, page: '1', per_page: '5' },
					body: undefined,
				}),
			]);
			expect(jsonOf(result)).toEqual(ids('a', 5).map((id) => company(id)));
		},
	);

	it('with an Order, Return All pages through POST /companies/list (not the scroll, which has no order) to the last page', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/companies/list')
			.query({ order: 'asc', page: '1', per_page: '60' })
			.reply(200, listPage(ids('a', 60), 1, 2, 60))
			.post('/companies/list')
			.query({ order: 'asc', page: '2', per_page: '60' })
			.reply(200, listPage(ids('b', 2), 2, 2, 60));
		const result = await runIntercom({
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			options: { order: 'asc' },
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['POST', '/companies/list', { order: 'asc', page: '1', per_page: '60' }],
			['POST', '/companies/list', { order: 'asc', page: '2', per_page: '60' }],
		]);
		expect(result.items).toHaveLength(62);
	});

	it.each([
		[
			{ filterBy: 'segment', segmentId: 'seg1', options: { order: 'asc' } },
			'Order: Intercom orders only the list without a filter, not companies by segment: remove Order, or set Filter By to None (item 0)',
		],
		[
			{ filterBy: 'tag', tagId: byId('81'), options: { order: 'desc' } },
			'Order: Intercom orders only the list without a filter, not companies by tag: remove Order, or set Filter By to None (item 0)',
		],
		[
			{ options: { order: '={{ "newest" }}' } },
			'Order: got text "newest", expected one of "asc", "desc" (item 0)',
		],
	])('refuses %j before any request', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'company',
			operation: 'getAll',
			limit: 5,
			...parameters,
		});
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

describe('company › getAll (scroll)', () => {
	it('Return All goes past 10,000 companies through the scroll API until a page comes back empty', async () => {
		const { scope, requests } = intercom();
		// 11 pages of 1,000 companies (11,000 in all), then the empty page that ends the scroll.
		scope.get('/companies/scroll').reply(200, scrollPage(ids('p0-', 1000), 'sp-1'));
		for (let page = 1; page <= 10; page++) {
			scope
				.get('/companies/scroll')
				.query({ scroll_param: `sp-${page}` })
				.reply(200, scrollPage(ids(`p${page}-`, 1000), `sp-${page + 1}`));
		}
		scope
			.get('/companies/scroll')
			.query({ scroll_param: 'sp-11' })
			.reply(200, scrollPage([], null));
		const result = await runIntercom({
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			simple: false,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(12);
		expect(requests[0]).toMatchObject({ method: 'GET', path: '/companies/scroll', query: {} });
		expect(requests.slice(1).map((r) => r.query)).toEqual(
			Array.from({ length: 11 }, (_, i) => ({ scroll_param: `sp-${i + 1}` })),
		);
		expect(result.items).toHaveLength(11000);
		expect(new Set(result.items.map((item) => item.json.id)).size).toBe(11000);
		expect(result.items[10999].json).toEqual({ type: 'company', id: 'p10-999' });
	});

	it('a Limit above 10,000 scrolls and stops as soon as it has enough', async () => {
		const { scope, requests } = intercom();
		scope.get('/companies/scroll').reply(200, scrollPage(ids('a', 6000), 'sp-1'));
		scope
			.get('/companies/scroll')
			.query({ scroll_param: 'sp-1' })
			.reply(200, scrollPage(ids('b', 6000), 'sp-2'));
		const result = await runIntercom({ resource: 'company', operation: 'getAll', limit: 10001 });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(result.items).toHaveLength(10001);
		expect(result.items[10000].json.id).toBe('b4000');
	});

	it('a 500 mid-scroll starts a new scroll (no dead scroll_param reused) and emits no duplicates', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies/scroll')
			.reply(200, scrollPage(['c1', 'c2'], 'old-1'))
			.get('/companies/scroll')
			.query({ scroll_param: 'old-1' })
			.reply(
				500,
				errorList(
					'server_error',
					'Request failed due to an internal network error. Please restart the scroll operation.',
				),
			)
			.get('/companies/scroll')
			.reply(200, scrollPage(['c1', 'c2'], 'new-1'))
			.get('/companies/scroll')
			.query({ scroll_param: 'new-1' })
			.reply(200, scrollPage(['c3', 'c4'], 'new-2'))
			.get('/companies/scroll')
			.query({ scroll_param: 'new-2' })
			.reply(200, scrollPage([], null));
		const result = await runIntercom({
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			simple: false,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{},
			{ scroll_param: 'old-1' },
			{},
			{ scroll_param: 'new-1' },
			{ scroll_param: 'new-2' },
		]);
		expect(jsonOf(result).map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
	});

	it('gives up after 3 restarts with the server error, saying the scroll was restarted', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies/scroll')
			.times(4)
			.reply(
				503,
				errorList('service_unavailable', 'Sorry, the API service is temporarily unavailable'),
			);
		const result = await runIntercom({ resource: 'company', operation: 'getAll', returnAll: true });
		expect(requests).toHaveLength(4);
		expect(result.error?.message).toBe(
			'Intercom error 503: service_unavailable: Sorry, the API service is temporarily unavailable',
		);
		expect(result.error?.description).toMatch(
			/^The company scroll was started again 3 time\(s\) after Intercom failed mid-scroll/,
		);
	});

	it('another open scroll (400 scroll_exists) gives a clear error and no retry', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies/scroll')
			.reply(400, errorList('scroll_exists', 'scroll already exists for this app'));
		const result = await runIntercom({ resource: 'company', operation: 'getAll', returnAll: true });
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toBe(
			'Intercom refused to open a company scroll: another scroll is already open for this app',
		);
		expect(result.error?.description).toMatch(
			/^Intercom allows one company scroll per app at a time; an unused scroll expires after a minute\.<br>Wait a minute/,
		);
		expect(result.error?.context?.itemIndex).toBe(0);
	});

	it('recognises the scroll_exists answer by its message too', async () => {
		const { scope } = intercom();
		scope
			.get('/companies/scroll')
			.reply(400, errorList('parameter_invalid', 'Scroll already exists for this app'));
		const result = await runIntercom({ resource: 'company', operation: 'getAll', returnAll: true });
		expect(result.error?.message).toBe(
			'Intercom refused to open a company scroll: another scroll is already open for this app',
		);
	});

	it('refuses an empty segment before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			filterBy: 'segment',
			segmentId: '={{ "" }}',
		});
		expect(result.error?.message).toBe(
			'Segment: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('company › getAll');
