import {
	byId,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('company › delete', () => {
	it('DELETE /companies/{id} and returns Intercom’s answer', async () => {
		const { scope, requests } = intercom();
		scope.delete('/companies/co1').reply(200, { id: 'co1', object: 'company', deleted: true });
		const result = await runIntercom({
			resource: 'company',
			operation: 'delete',
			companyId: byId('co1'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/companies/co1',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([{ id: 'co1', object: 'company', deleted: true }]);
	});

	it('a company already gone reads as a clear 404 naming the item; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.delete('/companies/gone1')
			.reply(404, errorList('company_not_found', 'Company Not Found', 'req-404'))
			.delete('/companies/co2')
			.reply(200, { id: 'co2', object: 'company', deleted: true });
		const result = await runIntercom(
			{ resource: 'company', operation: 'delete', companyId: byId('={{ $json.id }}') },
			{ input: [{ id: 'gone1' }, { id: 'co2' }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: company_not_found: Company Not Found',
					httpCode: '404',
					requestId: 'req-404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: { id: 'co2', object: 'company', deleted: true }, pairedItem: { item: 1 } },
		]);
	});

	it('without Continue On Fail the 404 stops the run with Intercom’s hint and the item', async () => {
		const { scope } = intercom();
		scope
			.delete('/companies/gone1')
			.reply(404, errorList('company_not_found', 'Company Not Found'));
		const result = await runIntercom({
			resource: 'company',
			operation: 'delete',
			companyId: byId('gone1'),
		});
		expect(result.error?.message).toBe('Intercom error 404: company_not_found: Company Not Found');
		expect(result.error?.description).toMatch(
			/^Intercom found nothing with this ID in the workspace/,
		);
		expect(result.error?.context?.itemIndex).toBe(0);
	});
});

contractSuite('company › delete');
