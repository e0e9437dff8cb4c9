import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('contact › detachCompany', () => {
	it('DELETE /contacts/{id}/companies/6762f09a1bb69f9f2193bb34', async () => {
		const { scope, requests } = intercom();
		scope.delete('/contacts/c1/companies/6762f09a1bb69f9f2193bb34').reply(200, {
			type: 'company',
			id: '6762f09a1bb69f9f2193bb34',
			company_id: 'acme',
			name: 'Acme',
		});
		const result = await runIntercom({
			resource: 'contact',
			operation: 'detachCompany',
			contactId: byId('c1'),
			companyId: byId('6762f09a1bb69f9f2193bb34'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/contacts/c1/companies/6762f09a1bb69f9f2193bb34',
				query: {},
				body: undefined,
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
				operation: 'detachCompany',
				contactId: byId('c1'),
				companyId: byId('={{ $json.company }}'),
			},
			{ input: [{ company: '' }] },
		);
		expect(result.error?.message).toBe(
			'Company: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('contact › detachCompany');
