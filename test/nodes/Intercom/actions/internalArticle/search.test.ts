import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';
import { internalArticle, withoutBody } from '../../knowledgeFixtures';

isolateNetwork();

const answer = (ids: string[], page: number, totalPages: number) => ({
	type: 'list',
	total_count: 3,
	data: { internal_articles: ids.map((id) => internalArticle(id)) },
	pages: { type: 'pages', page, per_page: 2, total_pages: totalPages },
});

describe('internalArticle › search', () => {
	it('GET /internal_articles/search in a folder: the items come from data.internal_articles; a Limit stops after its page', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/internal_articles/search')
			.query({ folder_id: '123', page: '1', per_page: '2' })
			.reply(200, answer(['1', '2'], 1, 2));
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'search',
			folderId: '123',
			limit: 2,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual(['1', '2'].map((id) => withoutBody(internalArticle(id))));
	});

	it('Return All without a folder reads every page', async () => {
		const { scope, requests } = intercom();
		const full = (from: number) => Array.from({ length: 50 }, (_, k) => String(from + k));
		scope
			.get('/internal_articles/search')
			.query({ page: '1', per_page: '50' })
			.reply(200, { ...answer(full(1), 1, 2), total_count: 52 })
			.get('/internal_articles/search')
			.query({ page: '2', per_page: '50' })
			.reply(200, { ...answer(['51', '52'], 2, 2), total_count: 52 });
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'search',
			returnAll: true,
			simple: false,
		});
		expect(requests.map((r) => r.query)).toEqual([
			{ page: '1', per_page: '50' },
			{ page: '2', per_page: '50' },
		]);
		expect(jsonOf(result).map((a) => a.id)).toEqual([...full(1), '51', '52']);
		expect(jsonOf(result)[0]).toEqual(internalArticle('1'));
	});

	it('refuses a folder ID that is not a number before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'search',
			folderId: 'abc/1',
		});
		expect(result.error?.message).toBe(
			'Folder ID: "abc/1" is not a folder ID (it is a number) (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('internalArticle › search');
