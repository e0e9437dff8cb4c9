import {
	byId,
	contact,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const page = (ids: string[], pageNo: number, totalPages: number) => ({
	type: 'list',
	data: ids.map((id) => contact(id)),
	total_count: 120,
	pages: { type: 'pages', page: pageNo, per_page: 50, total_pages: totalPages },
});
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('company › getContacts', () => {
	it('Return All follows the numbered pages to the last one', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies/co1/contacts')
			.reply(200, page(ids('a', 50), 1, 3))
			.get('/companies/co1/contacts')
			.query({ page: '2' })
			.reply(200, page(ids('b', 50), 2, 3))
			.get('/companies/co1/contacts')
			.query({ page: '3' })
			.reply(200, page(ids('c', 20), 3, 3));
		const result = await runIntercom({
			resource: 'company',
			operation: 'getContacts',
			companyId: byId('co1'),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/companies/co1/contacts', {}],
			['GET', '/companies/co1/contacts', { page: '2' }],
			['GET', '/companies/co1/contacts', { page: '3' }],
		]);
		expect(result.items).toHaveLength(120);
		expect(Object.keys(result.items[0].json)).not.toContain('tags');
	});

	it('a Limit stops after the page that reaches it', async () => {
		const { scope, requests } = intercom();
		scope.get('/companies/co1/contacts').reply(200, page(ids('a', 50), 1, 3));
		const result = await runIntercom({
			resource: 'company',
			operation: 'getContacts',
			companyId: byId('co1'),
			limit: 10,
			simple: false,
		});
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toHaveLength(10);
		expect(result.items[0].json).toHaveProperty('tags');
	});
});

contractSuite('company › getContacts');
