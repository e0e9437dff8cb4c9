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

const deleted = (id: string) => ({ id, object: 'Order', deleted: true });

const del = (parameters: object) => ({
	resource: 'customObjectInstance',
	operation: 'delete',
	customObjectType: 'Order',
	...parameters,
});

describe('customObjectInstance › delete', () => {
	it('by ID: DELETE /custom_object_instances/{type}/{id}; Intercom’s answer is the output', async () => {
		const { scope, requests } = intercom();
		scope.delete('/custom_object_instances/Order/26').reply(200, deleted('26'));
		const result = await runIntercom(del({ instanceId: byId('26') }));
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/custom_object_instances/Order/26',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([deleted('26')]);
	});

	it('by External ID: DELETE /custom_object_instances/{type}?external_id=…', async () => {
		const { scope, requests } = intercom();
		scope
			.delete('/custom_object_instances/Order')
			.query({ external_id: 'ORDER-12345' })
			.reply(200, deleted('26'));
		const result = await runIntercom(del({ deleteBy: 'externalId', externalId: 'ORDER-12345' }));
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/custom_object_instances/Order',
				query: { external_id: 'ORDER-12345' },
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([deleted('26')]);
	});

	it.each([
		[
			{ instanceId: byId('={{ "" }}') },
			'Instance: is empty. Pick one from the list or give its ID (item 0)',
		],
		[{ deleteBy: 'externalId', externalId: '={{ "  " }}' }, 'External ID: is empty (item 0)'],
		[
			{ deleteBy: '={{ "everything" }}', instanceId: byId('26'), externalId: 'x' },
			'Delete By: got text "everything", expected one of "id", "externalId" (item 0)',
		],
	])('refuses %j before any request', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom(del(parameters));
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});

	it('an instance already gone is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.delete('/custom_object_instances/Order/1')
			.reply(404, errorList('not_found', 'Custom object instance not found'))
			.delete('/custom_object_instances/Order/2')
			.reply(200, deleted('2'));
		const result = await runIntercom(del({ instanceId: byId('={{ $json.id }}') }), {
			input: [{ id: '1' }, { id: '2' }],
			continueOnFail: true,
		});
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Custom object instance not found',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: deleted('2'), pairedItem: { item: 1 } },
		]);
	});
});

contractSuite('customObjectInstance › delete');
