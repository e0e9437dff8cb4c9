import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';
import { article, omit, simpleArticle } from './articleFixtures';

isolateNetwork();

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));
const page = (articleIds: string[], pageNo: number, totalPages: number, perPage = 60) => ({
	type: 'list',
	pages: { type: 'pages', page: pageNo, per_page: perPage, total_pages: totalPages },
	total_count: 130,
	data: articleIds.map((id) => article(id, { statistics: undefined })),
});

describe('article › getAll', () => {
	it('Return All asks for pages of 60 and follows them to the last one; Simplify leaves out the bodies', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/articles')
			.query({ page: '1', per_page: '60' })
			.reply(200, page(ids(1, 60), 1, 3))
			.get('/articles')
			.query({ page: '2', per_page: '60' })
			.reply(200, page(ids(61, 60), 2, 3))
			.get('/articles')
			.query({ page: '3', per_page: '60' })
			.reply(200, page(ids(121, 10), 3, 3));
		const result = await runIntercom({ resource: 'article', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/articles', { page: '1', per_page: '60' }],
			['GET', '/articles', { page: '2', per_page: '60' }],
			['GET', '/articles', { page: '3', per_page: '60' }],
		]);
		expect(jsonOf(result).map((a) => a.id)).toEqual(ids(1, 130));
		expect(jsonOf(result)[0]).toEqual(omit(simpleArticle('1'), ['statistics']));
	});

	it('a Limit asks for that many and stops once it has them', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/articles')
			.query({ page: '1', per_page: '5' })
			.reply(200, page(ids(1, 5), 1, 26, 5));
		const result = await runIntercom({
			resource: 'article',
			operation: 'getAll',
			limit: 5,
			simple: false,
		});
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toHaveLength(5);
		expect(result.items[0].json).toHaveProperty('body');
	});
});

contractSuite('article › getAll');
