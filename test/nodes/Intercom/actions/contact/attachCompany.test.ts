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

describe('contact › attachCompany', () => {
	it('POST /contacts/{id}/companies', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts/c1/companies').reply(200, {
			type: 'company',
			id: '6762f09a1bb69f9f2193bb34',
			company_id: 'acme',
			name: 'Acme',
		});
		const result = await runIntercom({
			resource: 'contact',
			operation: 'attachCompany',
			contactId: byId('c1'),
			companyId: byList('6762f09a1bb69f9f2193bb34'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/contacts/c1/companies',
				query: {},
				body: { id: '6762f09a1bb69f9f2193bb34' },
			}),
		]);
		expect(jsonOf(result)).toEqual([
			{ type: 'company', id: '6762f09a1bb69f9f2193bb34', company_id: 'acme', name: 'Acme' },
		]);
	});

	it('needs the Company before sending anything', async () => {
		const result = await runIntercom(
			{
				resource: 'contact',
				operation: 'attachCompany',
				contactId: byId('c1'),
				companyId: byList('={{ $json.company }}'),
			},
			{ input: [{ company: '' }] },
		);
		expect(result.error?.message).toBe(
			'Company: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('contact › attachCompany');
