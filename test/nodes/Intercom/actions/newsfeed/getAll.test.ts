import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const page = (ids: string[], number: number, totalPages: number) => ({
	type: 'list',
	pages: { page: number, per_page: 2, total_pages: totalPages, type: 'pages' },
	data: ids.map((id) => ({
		id,
		type: 'newsfeed',
		name: `Feed ${id}`,
		created_at: 1734537813,
		updated_at: 1734537813,
	})),
	total_count: 3,
});

describe('newsfeed › getAll', () => {
	it('Return All follows the numbered pages to the last', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/news/newsfeeds')
			.reply(200, page(['68', '69'], 1, 2))
			.get('/news/newsfeeds')
			.query({ page: '2' })
			.reply(200, page(['70'], 2, 2));
		const result = await runIntercom({
			resource: 'newsfeed',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/news/newsfeeds', {}],
			['GET', '/news/newsfeeds', { page: '2' }],
		]);
		expect(jsonOf(result).map((f) => f.id)).toEqual(['68', '69', '70']);
	});

	it('a Limit stops after the page that reaches it', async () => {
		const { scope, requests } = intercom();
		scope.get('/news/newsfeeds').reply(200, page(['68', '69'], 1, 2));
		const result = await runIntercom({ resource: 'newsfeed', operation: 'getAll', limit: 1 });
		expect(requests).toHaveLength(1);
		expect(jsonOf(result).map((f) => f.id)).toEqual(['68']);
	});

	it('refuses a Limit that is not a whole number before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'newsfeed', operation: 'getAll', limit: 1.5 });
		expect(result.error?.message).toBe(
			'Limit: got the number 1.5, expected a whole number of at least 1 (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('newsfeed › getAll');
