import {
	byId,
	byList,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const redirects = (from: number, n: number) =>
	Array.from({ length: n }, (_, k) => ({
		id: String(from + k),
		type: 'help_center_redirect',
		from_url: `http://help-center.test/hc/old-${from + k}`,
		locale: 'en',
		help_center_id: '7',
		target_type: 'collection',
		target_id: '159',
		created_at: 1781619405,
		updated_at: 1781619405,
	}));
const page = (data: unknown[], pageNo: number, totalPages: number, perPage = 250) => ({
	type: 'list',
	data,
	total_count: 510,
	pages: { type: 'pages', page: pageNo, per_page: perPage, total_pages: totalPages },
});

describe('redirect › getAll', () => {
	it('Return All asks for 250 a page and follows the numbered pages to the last one', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/help_center/help_centers/7/redirects')
			.query({ page: '1', per_page: '250' })
			.reply(200, page(redirects(1, 250), 1, 3))
			.get('/help_center/help_centers/7/redirects')
			.query({ page: '2', per_page: '250' })
			.reply(200, page(redirects(251, 250), 2, 3))
			.get('/help_center/help_centers/7/redirects')
			.query({ page: '3', per_page: '250' })
			.reply(200, page(redirects(501, 10), 3, 3));
		const result = await runIntercom({
			resource: 'redirect',
			operation: 'getAll',
			helpCenterId: byList('7'),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/help_center/help_centers/7/redirects', { page: '1', per_page: '250' }],
			['GET', '/help_center/help_centers/7/redirects', { page: '2', per_page: '250' }],
			['GET', '/help_center/help_centers/7/redirects', { page: '3', per_page: '250' }],
		]);
		expect(new Set(jsonOf(result).map((r) => r.id)).size).toBe(510);
	});

	it('a Limit asks for no more than it needs and stops there', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/help_center/help_centers/7/redirects')
			.query({ page: '1', per_page: '3' })
			.reply(200, page(redirects(1, 3), 1, 170, 3));
		const result = await runIntercom({
			resource: 'redirect',
			operation: 'getAll',
			helpCenterId: byId('7'),
			limit: 3,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual(redirects(1, 3));
	});

	it('refuses an empty help center before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'redirect',
			operation: 'getAll',
			helpCenterId: byList('={{ "" }}'),
			returnAll: true,
		});
		expect(result.error?.message).toBe(
			'Help Center: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('redirect › getAll');
