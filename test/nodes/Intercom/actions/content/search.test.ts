import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const results = (ids: string[], page: number, totalPages: number) => ({
	type: 'list',
	total_count: 3,
	pages: { type: 'pages', page, per_page: 2, total_pages: totalPages, next: null, prev: null },
	data: ids.map((id) => ({ type: 'content_snippet', id, title: `Billing ${id}` })),
});

describe('content › search', () => {
	it('GET /content/search with the words and every filter, lists comma-separated and dates as Unix seconds', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/content/search')
			.query(true)
			.reply(200, results(['1', '2'], 1, 2));
		const result = await runIntercom(
			{
				resource: 'content',
				operation: 'search',
				query: 'billing',
				limit: 2,
				filters: {
					contentTypes: ['snippet', 'internal_article'],
					states: ['published'],
					locales: 'en, fr',
					tagIds: '1, 2',
					tagOperator: 'NIN',
					finServiceState: 'on',
					copilotState: 'off',
					createdAfter: '2024-01-01T00:00:00Z',
					updatedBefore: '2024-02-01T00:00:00Z',
				},
			},
			{ timezone: 'UTC' },
		);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/content/search',
				query: {
					query: 'billing',
					content_types: 'snippet,internal_article',
					states: 'published',
					locales: 'en,fr',
					tag_ids: '1,2',
					tag_operator: 'NIN',
					fin_service_state: 'on',
					copilot_state: 'off',
					created_at_after: '1704067200',
					updated_at_before: '1706745600',
					page: '1',
					per_page: '2',
				},
			}),
		]);
		expect(jsonOf(result)).toEqual(results(['1', '2'], 1, 2).data);
	});

	it('Return All follows the pages (50 a page) to the last one', async () => {
		const { scope, requests } = intercom();
		const full = Array.from({ length: 50 }, (_, k) => String(k + 1));
		scope
			.get('/content/search')
			.query({ page: '1', per_page: '50' })
			.reply(200, { ...results(full, 1, 2), total_count: 51 })
			.get('/content/search')
			.query({ page: '2', per_page: '50' })
			.reply(200, { ...results(['51'], 2, 2), total_count: 51 });
		const result = await runIntercom({ resource: 'content', operation: 'search', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(jsonOf(result)).toHaveLength(51);
	});

	it.each([
		[{ query: 'x'.repeat(501) }, 'Query: is 501 characters; Intercom takes at most 500 (item 0)'],
		[{ filters: { tagOperator: 'IN' } }, 'Tag Match: needs Tag IDs to match against (item 0)'],
		[{ filters: { tagIds: '1, two' } }, 'Tag IDs: "two" is not a whole number ID (item 0)'],
		[
			{ filters: { locales: 'en, French' } },
			'Locales: "French" is not a locale code such as en, fr or pt-BR (item 0)',
		],
		[
			{ filters: { contentTypes: '={{ ["snippet", "page"] }}' } },
			expect.stringMatching(/^Content Types: .*"page".* \(item 0\)$/),
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'content', operation: 'search', ...parameters });
		expect(result.error?.message).toEqual(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('content › search');
