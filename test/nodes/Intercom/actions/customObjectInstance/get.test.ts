import {
	byId,
	byList,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const instance = (id: string) => ({
	id,
	type: 'Order',
	custom_attributes: { order_number: `ORDER-${id}` },
	external_id: `ORDER-${id}`,
	external_created_at: null,
	external_updated_at: null,
	created_at: 1734537750,
	updated_at: 1734537750,
});

describe('customObjectInstance › get', () => {
	it('GETs /custom_object_instances/{type}/{id}', async () => {
		const { scope, requests } = intercom();
		scope.get('/custom_object_instances/Order/25').reply(200, instance('25'));
		const result = await runIntercom({
			resource: 'customObjectInstance',
			operation: 'get',
			customObjectType: 'Order',
			instanceId: byList('25'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/custom_object_instances/Order/25',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([instance('25')]);
	});

	it.each([
		[
			{ instanceId: byId('={{ "" }}') },
			'Instance: is empty. Pick one from the list or give its ID (item 0)',
		],
		[{ instanceId: byId('={{ "a/b" }}') }, 'Instance: "a/b" is not a valid Intercom ID (item 0)'],
		[
			{ customObjectType: '={{ "Order?x=1" }}', instanceId: byId('25') },
			expect.stringMatching(/^Custom Object Type: "Order\?x=1" is not/),
		],
	])('refuses %j before any request', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'customObjectInstance',
			operation: 'get',
			customObjectType: 'Order',
			...parameters,
		});
		expect(result.error?.message).toEqual(message);
		expect(requests).toHaveLength(0);
	});

	it('an unknown instance is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/custom_object_instances/Order/1')
			.reply(404, errorList('not_found', 'Custom object instance not found'))
			.get('/custom_object_instances/Order/2')
			.reply(200, instance('2'));
		const result = await runIntercom(
			{
				resource: 'customObjectInstance',
				operation: 'get',
				customObjectType: 'Order',
				instanceId: byId('={{ $json.id }}'),
			},
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Custom object instance not found',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: instance('2'), pairedItem: { item: 1 } },
		]);
	});
});

contractSuite('customObjectInstance › get');
