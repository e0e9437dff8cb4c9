import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';
import { contentSnippet, withoutBody } from '../../knowledgeFixtures';

isolateNetwork();

// Content snippet lists give page, per_page and total_pages at the top level, not under `pages`.
const page = (ids: string[], pageNumber: number, totalPages: number) => ({
	type: 'list',
	data: ids.map((id) => contentSnippet(id)),
	total_count: 100,
	page: pageNumber,
	per_page: 50,
	total_pages: totalPages,
});
const ids = (from: number, count: number) =>
	Array.from({ length: count }, (_, k) => String(from + k));

describe('contentSnippet › getAll', () => {
	it('Return All reads pages of 50 and stops at total_pages (no extra empty page)', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/content_snippets')
			.query({ page: '1', per_page: '50' })
			.reply(200, page(ids(1, 50), 1, 2))
			.get('/content_snippets')
			.query({ page: '2', per_page: '50' })
			.reply(200, page(ids(51, 50), 2, 2));
		const result = await runIntercom({
			resource: 'contentSnippet',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(jsonOf(result).map((s) => s.id)).toEqual(ids(1, 100));
		expect(jsonOf(result)[0]).toEqual(withoutBody(contentSnippet('1')));
	});

	it('a Limit asks for that many; Simplify off keeps the content', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/content_snippets')
			.query({ page: '1', per_page: '2' })
			.reply(200, page(ids(1, 2), 1, 50));
		const result = await runIntercom({
			resource: 'contentSnippet',
			operation: 'getAll',
			limit: 2,
			simple: false,
		});
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual(ids(1, 2).map((id) => contentSnippet(id)));
	});
});

contractSuite('contentSnippet › getAll');
