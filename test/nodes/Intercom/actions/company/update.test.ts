import {
	byId,
	company,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('company › update', () => {
	it('PUTs /companies/{id} with the changed fields only', async () => {
		const { scope, requests } = intercom();
		scope.put('/companies/co1').reply(200, company('co1', { name: 'New name' }));
		const result = await runIntercom({
			resource: 'company',
			operation: 'update',
			companyId: byId('co1'),
			updateFields: { name: 'New name', size: 0, customAttributesJson: '{"tier": "gold"}' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/companies/co1',
				body: { name: 'New name', size: 0, custom_attributes: { tier: 'gold' } },
			}),
		]);
		expect(jsonOf(result)[0]).toMatchObject({ id: 'co1', name: 'New name' });
	});

	it('refuses an update without fields before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'company',
			operation: 'update',
			companyId: byId('co1'),
			updateFields: {},
		});
		expect(result.error?.message).toBe('Update Fields: add at least one field to change (item 0)');
		expect(requests).toHaveLength(0);
	});
});

contractSuite('company › update');
