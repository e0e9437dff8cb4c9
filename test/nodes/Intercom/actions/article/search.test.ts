import { NodeOperationError } from 'n8n-workflow';

import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';
import { article, simpleArticle } from './articleFixtures';

isolateNetwork();

const base = { resource: 'article', operation: 'search', phrase: ' getting started ' };

const answer = (ids: string[], page: number, totalPages: number, next?: string) => ({
	type: 'list',
	total_count: 12,
	data: {
		articles: ids.map((id) => article(id)),
		highlights: ids.map((id) => ({
			article_id: id,
			highlighted_title: [
				{ type: 'highlight', text: 'Getting started' },
				{ type: 'plain', text: ` ${id}` },
			],
			highlighted_summary: [[{ type: 'plain', text: 'First steps' }]],
		})),
	},
	pages: {
		type: 'pages',
		page,
		per_page: 10,
		total_pages: totalPages,
		...(next ? { next } : {}),
	},
});

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));

describe('article › search', () => {
	it('GET /articles/search with the phrase and state; one item per article, simplified', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/articles/search')
			.query({ phrase: 'getting started', state: 'all' })
			.reply(200, answer(['1', '2'], 1, 1));
		const result = await runIntercom({ ...base, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/articles/search',
				query: { phrase: 'getting started', state: 'all' },
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([simpleArticle('1'), simpleArticle('2')]);
	});

	it('sends help_center_id and highlight; each article gets its highlight', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/articles/search')
			.query(true)
			.reply(200, answer(['1'], 1, 1));
		const result = await runIntercom({
			...base,
			state: 'published',
			simple: false,
			options: { helpCenterId: '123', highlight: true },
		});
		expect(requests[0].query).toEqual({
			phrase: 'getting started',
			state: 'published',
			help_center_id: '123',
			highlight: 'true',
		});
		expect(jsonOf(result)).toEqual([
			{
				...article('1'),
				highlight: {
					highlighted_title: [
						{ type: 'highlight', text: 'Getting started' },
						{ type: 'plain', text: ' 1' },
					],
					highlighted_summary: [[{ type: 'plain', text: 'First steps' }]],
				},
			},
		]);
	});

	it('Return All follows pages.next (a link repeating the query) to the last page', async () => {
		const { scope, requests } = intercom();
		const link = (page: number) =>
			`https://api.intercom.io/articles/search?phrase=getting+started&state=all&per_page=10&page=${page}`;
		scope
			.get('/articles/search')
			.query({ phrase: 'getting started', state: 'all' })
			.reply(200, answer(ids(1, 10), 1, 2, link(2)))
			.get('/articles/search')
			.query({ phrase: 'getting started', state: 'all', per_page: '10', page: '2' })
			.reply(200, answer(ids(11, 2), 2, 2));
		const result = await runIntercom({ ...base, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{ phrase: 'getting started', state: 'all' },
			{ phrase: 'getting started', state: 'all', per_page: '10', page: '2' },
		]);
		expect(jsonOf(result).map((a) => a.id)).toEqual(ids(1, 12));
	});

	it('a next page given only by number keeps the search’s query', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/articles/search')
			.query({ phrase: 'getting started', state: 'all' })
			.reply(200, answer(ids(1, 10), 1, 2))
			.get('/articles/search')
			.query({ phrase: 'getting started', state: 'all', page: '2' })
			.reply(200, answer(ids(11, 2), 2, 2));
		const result = await runIntercom({ ...base, returnAll: true });
		expect(requests).toHaveLength(2);
		expect(jsonOf(result)).toHaveLength(12);
	});

	it('a Limit stops once it has enough', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/articles/search')
			.query(true)
			.reply(200, answer(ids(1, 10), 1, 2, '/articles/search?page=2'));
		const result = await runIntercom({ ...base, limit: 4 });
		expect(requests).toHaveLength(1);
		expect(jsonOf(result).map((a) => a.id)).toEqual(ids(1, 4));
	});

	it('a page pointing back at the first one ends with an error, not a loop', async () => {
		const { scope } = intercom();
		scope
			.get('/articles/search')
			.query(true)
			.reply(200, answer(ids(1, 10), 1, 2, '/articles/search?phrase=getting+started&state=all'));
		const result = await runIntercom({ ...base, returnAll: true });
		expect(result.error?.message).toMatch(
			/^Intercom's pages did not end: GET \/articles\/search gave/,
		);
	});

	it('an answer without its articles is an error, not an empty list', async () => {
		const { scope } = intercom();
		scope.get('/articles/search').query(true).reply(200, { type: 'list', data: null });
		const result = await runIntercom({ ...base, returnAll: true });
		expect(result.error?.message).toMatch(/has no "articles" array/);
	});

	it.each([
		[
			{ state: '={{ "live" }}' },
			'State: got text "live", expected one of "all", "published", "draft" (item 0)',
		],
		[
			{ options: { helpCenterId: 'main' } },
			'Help Center ID: "main" is not an Intercom ID (digits) (item 0)',
		],
		[{ limit: 0 }, 'Limit: got the number 0, expected a whole number of at least 1 (item 0)'],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › search');
