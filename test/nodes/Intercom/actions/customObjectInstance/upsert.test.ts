import {
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const instance = (extra: object = {}) => ({
	id: '22',
	type: 'Order',
	custom_attributes: { order_number: 'ORDER-12345', total_amount: 99.99 },
	external_id: 'ORDER-12345',
	external_created_at: 1392036272,
	external_updated_at: null,
	created_at: 1734537745,
	updated_at: 1734537745,
	...extra,
});

const upsert = (parameters: object = {}) => ({
	resource: 'customObjectInstance',
	operation: 'upsert',
	customObjectType: 'Order',
	...parameters,
});

describe('customObjectInstance › upsert', () => {
	it('POSTs /custom_object_instances/{type} with the External ID, typed attributes and external times', async () => {
		const { scope, requests } = intercom();
		scope.post('/custom_object_instances/Order').reply(200, instance());
		const result = await runIntercom(
			upsert({
				externalId: ' ORDER-12345 ',
				customAttributesUi: {
					attribute: [
						{ name: 'order_number', type: 'string', value: 'ORDER-12345' },
						{ name: 'total_amount', type: 'number', value: '99.99' },
						{ name: 'paid', type: 'boolean', value: 'true' },
						{ name: 'placed_at', type: 'date', value: '2014-02-10T12:44:32Z' },
					],
				},
				additionalFields: {
					externalCreatedAt: '2014-02-10T12:44:32Z',
					externalUpdatedAt: '={{ 1392036300 }}',
					customAttributesJson: '{"status": null, "items": ["21", "23"]}',
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/custom_object_instances/Order',
				query: {},
				body: {
					external_id: 'ORDER-12345',
					external_created_at: 1392036272,
					external_updated_at: 1392036300,
					custom_attributes: {
						order_number: 'ORDER-12345',
						total_amount: 99.99,
						paid: true,
						placed_at: 1392036272,
						status: null,
						items: ['21', '23'],
					},
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([instance()]);
	});

	it('without an External ID sends only the attributes (Intercom then creates a new instance)', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/custom_object_instances/Subscription')
			.reply(200, instance({ type: 'Subscription' }));
		const result = await runIntercom(
			upsert({
				customObjectType: '={{ "Subscription" }}',
				customAttributesUi: { attribute: [{ name: 'seats', type: 'number', value: '={{ 3 }}' }] },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ custom_attributes: { seats: 3 } });
	});

	it.each([
		[{ customObjectType: '={{ "" }}' }, 'Custom Object Type: is empty (item 0)'],
		[
			{ customObjectType: 'Order/../x' },
			'Custom Object Type: "Order/../x" is not a custom object type identifier (letters, digits, _, - and ., e.g. Order) (item 0)',
		],
		[
			{ customObjectType: '..' },
			'Custom Object Type: ".." is not a custom object type identifier (letters, digits, _, - and ., e.g. Order) (item 0)',
		],
		[
			{ customObjectType: '={{ {name: "Order"} }}' },
			'Custom Object Type: got an object, expected text (item 0)',
		],
		[
			{ externalId: 'reference_not_found' },
			'External ID: "reference_not_found" is reserved by Intercom; use another ID (item 0)',
		],
		[{}, 'Custom Attributes: add an External ID or at least one attribute (item 0)'],
		[
			{
				externalId: 'o-1',
				customAttributesUi: { attribute: [{ name: 'n', type: 'number', value: 'ten' }] },
			},
			'Custom Attributes › n: got text "ten", expected a number (item 0)',
		],
		[
			{ externalId: 'o-1', additionalFields: { customAttributesJson: '{"a": ' } },
			expect.stringMatching(/^Custom Attributes \(JSON\): is not valid JSON/),
		],
		[
			{ externalId: 'o-1', additionalFields: { externalCreatedAt: 'yesterday' } },
			expect.stringMatching(/^External Created At: got text "yesterday", expected a date/),
		],
	])('refuses %j before any request', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom(upsert(parameters));
		expect(result.error?.message).toEqual(message);
		expect(requests).toHaveLength(0);
	});

	it('an unknown type is Intercom’s 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.post('/custom_object_instances/Nope')
			.reply(404, errorList('not_found', 'Custom object type `Nope` not found'))
			.post('/custom_object_instances/Order')
			.reply(200, instance());
		const result = await runIntercom(
			upsert({ customObjectType: '={{ $json.type }}', externalId: 'ORDER-12345' }),
			{ input: [{ type: 'Nope' }, { type: 'Order' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Custom object type `Nope` not found',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: instance(), pairedItem: { item: 1 } },
		]);
	});
});

contractSuite('customObjectInstance › upsert');
