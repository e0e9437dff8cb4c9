import {
	company,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('company › find', () => {
	it('GET /companies?company_id= returns the company', async () => {
		const { scope, requests } = intercom();
		scope.get('/companies').query({ company_id: 'acme-42' }).reply(200, company('co1'));
		const result = await runIntercom({
			resource: 'company',
			operation: 'find',
			findBy: 'company_id',
			findValue: 'acme-42',
			simple: false,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/companies',
				query: { company_id: 'acme-42' },
			}),
		]);
		expect(jsonOf(result)).toEqual([company('co1')]);
	});

	it('GET /companies?name= unpacks a list answer, one item per company', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies')
			.query({ name: 'Acme Inc.' })
			.reply(200, {
				type: 'list',
				data: [company('co1'), company('co2')],
				pages: { type: 'pages', next: null, page: 1, per_page: 15, total_pages: 1 },
				total_count: 2,
			});
		const result = await runIntercom({
			resource: 'company',
			operation: 'find',
			findBy: 'name',
			findValue: 'Acme Inc.',
		});
		expect(requests[0].query).toEqual({ name: 'Acme Inc.' });
		expect(jsonOf(result).map((c) => [c.id, c.plan])).toEqual([
			['co1', 'Pro'],
			['co2', 'Pro'],
		]);
	});

	it('a company that does not exist gives Intercom’s 404 clearly', async () => {
		const { scope } = intercom();
		scope
			.get('/companies')
			.query({ company_id: 'nope' })
			.reply(404, errorList('company_not_found', 'Company Not Found'));
		const result = await runIntercom({
			resource: 'company',
			operation: 'find',
			findBy: 'company_id',
			findValue: 'nope',
		});
		expect(result.error?.message).toBe('Intercom error 404: company_not_found: Company Not Found');
	});

	it('refuses an empty value before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'company',
			operation: 'find',
			findBy: 'name',
			findValue: '={{ "  " }}',
		});
		expect(result.error?.message).toBe('Name: is empty (item 0)');
		expect(requests).toHaveLength(0);
	});
});

contractSuite('company › find');
