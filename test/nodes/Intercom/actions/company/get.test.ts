import {
	byId,
	byList,
	company,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('company › get', () => {
	it('GETs /companies/{id} and simplifies the company (plan and tags as names)', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies/6762f09a1bb69f9f2193bb34')
			.reply(200, company('6762f09a1bb69f9f2193bb34'));
		const result = await runIntercom({
			resource: 'company',
			operation: 'get',
			companyId: byList('6762f09a1bb69f9f2193bb34'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/companies/6762f09a1bb69f9f2193bb34',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([
			{
				id: '6762f09a1bb69f9f2193bb34',
				company_id: 'remote-6762f09a1bb69f9f2193bb34',
				name: 'Company 6762f09a1bb69f9f2193bb34',
				website: 'https://example.com',
				industry: 'Software',
				size: 10,
				monthly_spend: 0,
				user_count: 4,
				session_count: 0,
				created_at: 1700000000,
				updated_at: 1700000100,
				remote_created_at: 1700000000,
				last_request_at: 1700000200,
				custom_attributes: {},
				plan: 'Pro',
				tags: ['VIP'],
			},
		]);
	});

	it('returns the raw company without Simplify', async () => {
		const { scope } = intercom();
		scope.get('/companies/co1').reply(200, company('co1'));
		const result = await runIntercom({
			resource: 'company',
			operation: 'get',
			companyId: byId('co1'),
			simple: false,
		});
		expect(jsonOf(result)).toEqual([company('co1')]);
	});

	it('refuses an empty company before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom(
			{ resource: 'company', operation: 'get', companyId: byList('={{ $json.id }}') },
			{ input: [{ id: ' ' }] },
		);
		expect(result.error?.message).toBe(
			'Company: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('company › get');
