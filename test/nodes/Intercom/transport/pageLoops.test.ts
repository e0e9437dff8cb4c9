import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { PAGE_BOUNDS, PageWalk } from '../../../../nodes/Intercom/transport/pages';
import type { IntercomContext } from '../../../../nodes/Intercom/transport/request';
import {
	byId,
	contact,
	contractSuite,
	conversation,
	intercom,
	isolateNetwork,
	runIntercom,
} from '../fixtures';

isolateNetwork();

/**
 * Answers that never end would make the old loops run until the harness timeout; each endless
 * interceptor below answers at most ENDLESS times (optional, so the afterEach check does not count
 * the answers a stopping loop leaves unused), so a loop that does not stop fails fast instead.
 */
const ENDLESS = 40;

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** A GET /contacts page as Intercom 2.16 answers it. */
function contactsPage(
	contactIds: string[],
	cursor: string | null,
	totals: { total_count?: number; total_pages?: number } = {},
): IDataObject {
	return {
		type: 'list',
		data: contactIds.map((id) => contact(id)),
		...(totals.total_count === undefined ? {} : { total_count: totals.total_count }),
		pages: {
			type: 'pages',
			page: 1,
			per_page: 150,
			...(totals.total_pages === undefined ? {} : { total_pages: totals.total_pages }),
			...(cursor ? { next: { per_page: 150, starting_after: cursor } } : {}),
		},
	};
}

const contactsReturnAll = {
	resource: 'contact',
	operation: 'getAll',
	returnAll: true,
	simple: false,
};

describe('Return All always ends › query cursors (GET /contacts)', () => {
	it('the same cursor and the same contacts on every page: an error after 2 requests, not duplicates piling up', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, contactsPage(ids('c', 3), 'same', { total_count: 15 }));
		const result = await runIntercom(contactsReturnAll);
		expect(requests.map((r) => r.query)).toEqual([
			{ per_page: '150' },
			{ per_page: '150', starting_after: 'same' },
		]);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe(
			"Intercom's pages did not end: page 2 of GET /contacts added no item that earlier pages had not given (after 1 page and 3 items). Nothing was returned to avoid a partial list",
		);
		expect(result.error?.description).toMatch(/Request: GET \/contacts$/);
		expect(result.error?.context?.itemIndex).toBe(0);
		expect(result.items).toHaveLength(0);
	});

	it('the same cursor on every page, with new contacts: an error naming the repeated cursor', async () => {
		const { scope, requests } = intercom();
		let page = 0;
		scope
			.get('/contacts')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, () => contactsPage(ids(`p${++page}-`, 3), 'same', { total_count: 15 }));
		const result = await runIntercom(contactsReturnAll);
		expect(requests).toHaveLength(2);
		expect(result.error?.message).toBe(
			'Intercom\'s pages did not end: GET /contacts gave the cursor "same" for page 3, already used for page 2 (after 2 pages and 6 items). Nothing was returned to avoid a partial list',
		);
		expect(result.items).toHaveLength(0);
	});

	it('a new cursor on every page with the same contacts: an error after 2 requests', async () => {
		const { scope, requests } = intercom();
		let page = 0;
		scope
			.get('/contacts')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, () => contactsPage(ids('c', 3), `cursor-${++page}`, { total_count: 15 }));
		const result = await runIntercom(contactsReturnAll);
		expect(requests.map((r) => r.query.starting_after)).toEqual([undefined, 'cursor-1']);
		expect(result.error?.message).toMatch(
			/^Intercom's pages did not end: page 2 of GET \/contacts added no item that earlier pages had not given/,
		);
	});

	it('a new cursor and new contacts forever: the first page’s total_count bounds the pages (300 at 150 a page: 4 requests)', async () => {
		const { scope, requests } = intercom();
		let page = 0;
		scope
			.get('/contacts')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, () => {
				page++;
				return contactsPage(ids(`p${page}-`, 150), `cursor-${page}`, {
					total_count: 300,
					total_pages: 2,
				});
			});
		const result = await runIntercom(contactsReturnAll);
		// 2 pages expected, 2 more allowed for contacts added while listing.
		expect(requests).toHaveLength(4);
		expect(result.error?.message).toBe(
			"Intercom's pages did not end: GET /contacts had more than 4 pages, although its first page said there were 300 items, 150 a page (after 4 pages and 600 items). Nothing was returned to avoid a partial list",
		);
		expect(result.items).toHaveLength(0);
	});

	it('without total_count, pages.total_pages bounds them', async () => {
		const { scope, requests } = intercom();
		let page = 0;
		scope
			.get('/conversations')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, () => {
				page++;
				return {
					type: 'conversation.list',
					conversations: ids(`p${page}-`, 2).map((id) => conversation(id)),
					pages: {
						type: 'pages',
						page,
						per_page: 2,
						total_pages: 3,
						next: { starting_after: `cursor-${page}` },
					},
				};
			});
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'getAll',
			returnAll: true,
			simple: false,
		});
		expect(requests).toHaveLength(5);
		expect(result.error?.message).toMatch(
			/GET \/conversations had more than 5 pages, although its first page said there were 3 pages \(after 5 pages and 10 items\)/,
		);
	});

	it('a page without its data array (page 3 of 5): an error naming the request and the page, not 6 of 15 contacts', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts')
			.query({ per_page: '150' })
			.reply(200, contactsPage(ids('a', 3), 'c2', { total_count: 15 }))
			.get('/contacts')
			.query({ per_page: '150', starting_after: 'c2' })
			.reply(200, contactsPage(ids('b', 3), 'c3', { total_count: 15 }))
			.get('/contacts')
			.query({ per_page: '150', starting_after: 'c3' })
			.reply(200, {
				type: 'list',
				total_count: 15,
				pages: { type: 'pages', next: { starting_after: 'c4' } },
			});
		const result = await runIntercom(contactsReturnAll);
		expect(requests).toHaveLength(3);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe(
			'Intercom\'s answer is not a complete list: page 3 of GET /contacts has no "data" array (got nothing) (after 2 pages and 6 items). Nothing was returned to avoid a partial list',
		);
		expect(result.items).toHaveLength(0);
	});

	it('with Continue On Fail the item gets the error, and no partial list', async () => {
		const { scope } = intercom();
		scope
			.get('/contacts')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, contactsPage(ids('c', 3), 'same'));
		const result = await runIntercom(contactsReturnAll, { continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.error).toMatch(
			/^Intercom's pages did not end: page 2 of GET \/contacts/,
		);
	});
});

describe('Return All always ends › search cursors (POST /contacts/search)', () => {
	it('the same cursor in every answer: an error after 2 requests', async () => {
		const { scope, requests } = intercom();
		let page = 0;
		scope
			.post('/contacts/search')
			.optionally()
			.times(ENDLESS)
			.reply(200, () => ({ ...contactsPage(ids(`p${++page}-`, 2), 'same'), total_count: 100 }));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			combinator: 'AND',
			filters: { conditions: [{ field: 'role', operator: 'equals', value: 'user' }] },
			returnAll: true,
			simple: false,
		});
		expect(requests.map((r) => (r.body as IDataObject).pagination)).toEqual([
			{ per_page: 150 },
			{ per_page: 150, starting_after: 'same' },
		]);
		expect(result.error?.message).toMatch(
			/^Intercom's pages did not end: POST \/contacts\/search gave the cursor "same" for page 3, already used for page 2/,
		);
	});
});

describe('Return All always ends › Raw Request (GET with Return All)', () => {
	const raw = { resource: 'rawRequest', operation: 'send', method: 'GET', returnAll: true };

	it('a repeating cursor: an error after 2 requests', async () => {
		const { scope, requests } = intercom();
		let page = 0;
		scope
			.get('/conversations')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, () => ({
				type: 'conversation.list',
				conversations: [conversation(String(++page))],
				total_count: 40,
				pages: { type: 'pages', next: { starting_after: 'again' } },
			}));
		const result = await runIntercom({ ...raw, path: '/conversations' });
		expect(requests.map((r) => r.query)).toEqual([{}, { starting_after: 'again' }]);
		expect(result.error?.message).toBe(
			'Intercom\'s pages did not end: GET /conversations gave the cursor "again" for page 3, already used for page 2 (after 2 pages and 2 items). Nothing was returned to avoid a partial list',
		);
		expect(result.items).toHaveLength(0);
	});

	it('no totals and new pages forever: stops at PAGE_BOUNDS.maxPages with an error', async () => {
		const saved = PAGE_BOUNDS.maxPages;
		PAGE_BOUNDS.maxPages = 6;
		try {
			const { scope, requests } = intercom();
			let page = 0;
			scope
				.get('/macros')
				.query(true)
				.optionally()
				.times(ENDLESS)
				.reply(200, () => {
					page++;
					return {
						type: 'list',
						data: [{ type: 'macro', id: `m${page}` }],
						pages: { type: 'pages', next: { starting_after: `m${page}` } },
					};
				});
			const result = await runIntercom({ ...raw, path: '/macros' });
			expect(requests).toHaveLength(6);
			expect(result.error?.message).toBe(
				"Intercom's pages did not end: GET /macros had more than 6 pages, the most followed when Intercom gives no total (after 6 pages and 6 items). Nothing was returned to avoid a partial list",
			);
		} finally {
			PAGE_BOUNDS.maxPages = saved;
		}
	});

	it('a later page without the array the first page had: an error, not the end of the list', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/conversations')
			.reply(200, {
				type: 'conversation.list',
				conversations: [conversation('1')],
				pages: { type: 'pages', next: { starting_after: 'c2' } },
			})
			.get('/conversations')
			.query({ starting_after: 'c2' })
			.reply(200, {
				type: 'conversation.list',
				pages: { type: 'pages', next: { starting_after: 'c3' } },
			});
		const result = await runIntercom({ ...raw, path: '/conversations' });
		expect(requests).toHaveLength(2);
		expect(result.error?.message).toMatch(
			/^Intercom's answer is not a complete list: page 2 of GET \/conversations has no "conversations" array \(got nothing\)/,
		);
	});

	it('an answer with no array at all: an error, not an empty list', async () => {
		const { scope } = intercom();
		scope.get('/me').reply(200, { type: 'admin', id: '1', email: 'ada@example.com' });
		const result = await runIntercom({ ...raw, path: '/me' });
		expect(result.error?.message).toBe(
			"Intercom's answer is not a complete list: page 1 of GET /me has no array of items (its fields: type, id, email) (after 0 pages and 0 items). Nothing was returned to avoid a partial list",
		);
	});
});

const scrollPage = (
	companyIds: string[],
	scrollParam: string | null,
	totalCount: number | null = null,
) => ({
	type: 'list',
	data: companyIds.map((id) => ({ type: 'company', id })),
	pages: null,
	total_count: totalCount,
	scroll_param: scrollParam,
});

describe('Return All always ends › company scroll (GET /companies/scroll)', () => {
	const companiesReturnAll = {
		resource: 'company',
		operation: 'getAll',
		returnAll: true,
		simple: false,
	};

	it('the same scroll_param and the same companies on every page: an error after 2 requests', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies/scroll')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, scrollPage(['a', 'b'], 'sp'));
		const result = await runIntercom(companiesReturnAll);
		expect(requests.map((r) => r.query)).toEqual([{}, { scroll_param: 'sp' }]);
		expect(result.error?.message).toBe(
			"Intercom's pages did not end: page 2 of GET /companies/scroll added no item that earlier pages had not given (after 1 page and 2 items). Nothing was returned to avoid a partial list",
		);
		expect(result.items).toHaveLength(0);
	});

	it('the same scroll_param with new companies forever: the first page’s total_count bounds the scroll', async () => {
		const { scope, requests } = intercom();
		let page = 0;
		scope
			.get('/companies/scroll')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, () => scrollPage(ids(`p${++page}-`, 2), 'sp', 4));
		const result = await runIntercom(companiesReturnAll);
		expect(requests).toHaveLength(4);
		expect(result.error?.message).toMatch(
			/GET \/companies\/scroll had more than 4 pages, although its first page said there were 4 items, 2 a page/,
		);
	});

	it('without a total_count (Intercom’s usual null): at most PAGE_BOUNDS.maxPages pages', async () => {
		const saved = PAGE_BOUNDS.maxPages;
		PAGE_BOUNDS.maxPages = 5;
		try {
			const { scope, requests } = intercom();
			let page = 0;
			scope
				.get('/companies/scroll')
				.query(true)
				.optionally()
				.times(ENDLESS)
				.reply(200, () => scrollPage([`c${++page}`], 'sp'));
			const result = await runIntercom(companiesReturnAll);
			expect(requests).toHaveLength(5);
			expect(result.error?.message).toMatch(
				/GET \/companies\/scroll had more than 5 pages, the most followed when Intercom gives no total/,
			);
		} finally {
			PAGE_BOUNDS.maxPages = saved;
		}
	});

	it('a scroll page without its data array: an error, not the end of the scroll', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies/scroll')
			.reply(200, scrollPage(['a', 'b'], 'sp'))
			.get('/companies/scroll')
			.query({ scroll_param: 'sp' })
			.reply(200, { type: 'list', pages: null, scroll_param: 'sp' });
		const result = await runIntercom(companiesReturnAll);
		expect(requests).toHaveLength(2);
		expect(result.error?.message).toMatch(
			/^Intercom's answer is not a complete list: page 2 of GET \/companies\/scroll has no "data" array/,
		);
		expect(result.items).toHaveLength(0);
	});
});

describe('Return All always ends › numbered and linked pages', () => {
	it('notes: total_pages 1e9 and the same note for every page number: an error after 2 requests', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/c1/notes')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, (uri) => {
				const page = Number(new URL(uri, 'https://api.intercom.io').searchParams.get('page') ?? 1);
				return {
					type: 'list',
					data: [{ type: 'note', id: 'n1', body: '<p>Hi</p>' }],
					pages: { type: 'pages', page, per_page: 1, total_pages: 1e9, next: null },
				};
			});
		const result = await runIntercom({
			resource: 'note',
			operation: 'getAll',
			noteOwner: 'contact',
			contactId: byId('c1'),
			returnAll: true,
		});
		expect(requests.map((r) => r.query)).toEqual([{}, { page: '2' }]);
		expect(result.error?.message).toMatch(
			/^Intercom's pages did not end: page 2 of GET \/contacts\/c1\/notes added no item that earlier pages had not given \(after 1 page and 1 item\)/,
		);
	});

	it('notes: a huge total_pages with new notes forever: the first page’s total_count bounds them', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/c1/notes')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, (uri) => {
				const page = Number(new URL(uri, 'https://api.intercom.io').searchParams.get('page') ?? 1);
				return {
					type: 'list',
					data: [{ type: 'note', id: `n${page}` }],
					total_count: 3,
					pages: { type: 'pages', page, per_page: 1, total_pages: 1e9, next: null },
				};
			});
		const result = await runIntercom({
			resource: 'note',
			operation: 'getAll',
			noteOwner: 'contact',
			contactId: byId('c1'),
			returnAll: true,
		});
		expect(requests).toHaveLength(5);
		expect(result.error?.message).toMatch(
			/GET \/contacts\/c1\/notes had more than 5 pages, although its first page said there were 3 items, 1 a page/,
		);
	});

	it('companies by segment: the same companies for every page number: an error after 2 requests', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies')
			.query(true)
			.optionally()
			.times(ENDLESS)
			.reply(200, {
				type: 'list',
				data: ids('co', 60).map((id) => ({ type: 'company', id })),
				total_count: 6e9,
				pages: { type: 'pages', page: 1, per_page: 60, total_pages: 1e8 },
			});
		const result = await runIntercom({
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			filterBy: 'segment',
			segmentId: 'seg1',
			simple: false,
		});
		expect(requests.map((r) => r.query.page)).toEqual(['1', '2']);
		expect(result.error?.message).toMatch(
			/^Intercom's pages did not end: page 2 of GET \/companies added no item/,
		);
	});

	it('companies by segment: page 3 of 5 without its data array: an error, not 120 of 300 companies', async () => {
		const { scope, requests } = intercom();
		const listPage = (page: number) => ({
			type: 'list',
			data: ids(`p${page}-`, 60).map((id) => ({ type: 'company', id })),
			total_count: 300,
			pages: { type: 'pages', page, per_page: 60, total_pages: 5 },
		});
		scope
			.get('/companies')
			.query({ segment_id: 'seg1', page: '1', per_page: '60' })
			.reply(200, listPage(1))
			.get('/companies')
			.query({ segment_id: 'seg1', page: '2', per_page: '60' })
			.reply(200, listPage(2))
			.get('/companies')
			.query({ segment_id: 'seg1', page: '3', per_page: '60' })
			.reply(200, {
				type: 'list',
				data: null,
				total_count: 300,
				pages: { type: 'pages', page: 3, per_page: 60, total_pages: 5 },
			});
		const result = await runIntercom({
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			filterBy: 'segment',
			segmentId: 'seg1',
			simple: false,
		});
		expect(requests).toHaveLength(3);
		expect(result.error?.message).toBe(
			'Intercom\'s answer is not a complete list: page 3 of GET /companies has no "data" array (got nothing) (after 2 pages and 120 items). Nothing was returned to avoid a partial list',
		);
		expect(result.items).toHaveLength(0);
	});

	it('activity logs: pages.next links to new pages forever without totals: stops at PAGE_BOUNDS.maxPages', async () => {
		const saved = PAGE_BOUNDS.maxPages;
		PAGE_BOUNDS.maxPages = 4;
		try {
			const { scope, requests } = intercom();
			scope
				.get('/admins/activity_logs')
				.query(true)
				.optionally()
				.times(ENDLESS)
				.reply(200, (uri) => {
					const page = Number(
						new URL(uri, 'https://api.intercom.io').searchParams.get('page') ?? 1,
					);
					return {
						type: 'activity_log.list',
						pages: {
							type: 'pages',
							next: `https://api.intercom.io/admins/activity_logs?created_at_after=1769860800&page=${page + 1}`,
						},
						activity_logs: [{ id: `l${page}`, created_at: 1769860900 }],
					};
				});
			const result = await runIntercom({
				resource: 'admin',
				operation: 'getActivityLogs',
				createdAtAfter: '={{ 1769860800 }}',
				returnAll: true,
			});
			expect(requests).toHaveLength(4);
			expect(result.error?.message).toMatch(
				/GET \/admins\/activity_logs had more than 4 pages, the most followed when Intercom gives no total/,
			);
		} finally {
			PAGE_BOUNDS.maxPages = saved;
		}
	});
});

describe('PageWalk', () => {
	const node: INode = {
		id: '1',
		name: 'Intercom',
		type: 'n8n-nodes-intercom.intercom',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const ctx = { getNode: () => node } as unknown as IntercomContext;

	it.each([
		['a string', 'not json'],
		['an array', [{ id: '1' }]],
		['nothing', null],
	])(
		'a page that is not a JSON object (%s) is an error naming the request and the page',
		(kind, answer) => {
			const walk = new PageWalk(ctx, 'GET /contacts', 'data');
			walk.take({ type: 'list', data: [{ id: 'a' }] });
			walk.ask({ key: 'c2', label: 'the cursor "c2"' });
			expect(() => walk.take(answer)).toThrow(
				`Intercom's answer is not a complete list: page 2 of GET /contacts is not a JSON object (got ${kind}) (after 1 page and 1 item). Nothing was returned to avoid a partial list`,
			);
		},
	);

	it('items without an id count as new when the page’s content is new, and repeat when it is not', () => {
		const walk = new PageWalk(ctx, 'GET /events', 'events');
		walk.take({ events: [{ event_name: 'a' }, { event_name: 'a' }] });
		walk.ask();
		walk.take({ events: [{ event_name: 'a' }] });
		walk.ask();
		expect(() => walk.take({ events: [{ event_name: 'a' }] })).toThrow(
			/page 3 of GET \/events added no item that earlier pages had not given/,
		);
	});

	it('an empty page is never "nothing new": it ends the list', () => {
		const walk = new PageWalk(ctx, 'GET /contacts', 'data');
		walk.take({ data: [{ id: 'a' }] });
		walk.ask();
		expect(walk.take({ data: [] })).toEqual([]);
	});
});

contractSuite('transport › page loops');
