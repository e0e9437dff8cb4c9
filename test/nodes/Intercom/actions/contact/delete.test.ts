import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('contact › delete', () => {
	it('DELETE /contacts/{id} and returns Intercom’s answer', async () => {
		const { scope, requests } = intercom();
		scope
			.delete('/contacts/6329bd9ffe4e2e91dac76188')
			.reply(200, { id: '6329bd9ffe4e2e91dac76188', object: 'contact', deleted: true });
		const result = await runIntercom({
			resource: 'contact',
			operation: 'delete',
			contactId: byId('6329bd9ffe4e2e91dac76188'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/contacts/6329bd9ffe4e2e91dac76188',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([
			{ id: '6329bd9ffe4e2e91dac76188', object: 'contact', deleted: true },
		]);
	});
});

describe('contact › delete (already gone)', () => {
	it('gives a clear 404 naming the item, and with Continue On Fail the other items go on', async () => {
		const { scope } = intercom();
		scope
			.delete('/contacts/gone1')
			.reply(404, {
				type: 'error.list',
				request_id: 'req-404',
				errors: [{ code: 'not_found', message: 'User Not Found' }],
			})
			.delete('/contacts/c2')
			.reply(200, { id: 'c2', object: 'contact', deleted: true });
		const result = await runIntercom(
			{ resource: 'contact', operation: 'delete', contactId: byId('={{ $json.id }}') },
			{ input: [{ id: 'gone1' }, { id: 'c2' }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: User Not Found',
					httpCode: '404',
					codes: ['not_found'],
					requestId: 'req-404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: { id: 'c2', object: 'contact', deleted: true }, pairedItem: { item: 1 } },
		]);
	});
});
contractSuite('contact › delete');
