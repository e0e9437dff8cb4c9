import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';
import { internalArticle, withoutBody } from '../../knowledgeFixtures';

isolateNetwork();

const page = (ids: string[], pageNumber: number, totalPages: number) => ({
	type: 'list',
	total_count: 52,
	pages: { type: 'pages', page: pageNumber, per_page: 50, total_pages: totalPages },
	data: ids.map((id) => internalArticle(id)),
});
const ids = (from: number, count: number) =>
	Array.from({ length: count }, (_, k) => String(from + k));

describe('internalArticle › getAll', () => {
	it('Return All follows the numbered pages (50 a page); Simplify leaves out the body', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/internal_articles')
			.query({ page: '1', per_page: '50' })
			.reply(200, page(ids(1, 50), 1, 2))
			.get('/internal_articles')
			.query({ page: '2', per_page: '50' })
			.reply(200, page(ids(51, 2), 2, 2));
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(jsonOf(result)).toHaveLength(52);
		expect(jsonOf(result)[0]).toEqual(withoutBody(internalArticle('1')));
	});

	it('a Limit asks for that many and stops; Simplify off keeps the body', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/internal_articles')
			.query({ page: '1', per_page: '3' })
			.reply(200, page(ids(1, 3), 1, 18));
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'getAll',
			limit: 3,
			simple: false,
		});
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual(ids(1, 3).map((id) => internalArticle(id)));
	});

	it('a page without its data array is an error, not a short list', async () => {
		const { scope } = intercom();
		scope.get('/internal_articles').query(true).reply(200, { type: 'list', pages: {} });
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error?.message).toContain('has no "data" array');
	});
});

contractSuite('internalArticle › getAll');
