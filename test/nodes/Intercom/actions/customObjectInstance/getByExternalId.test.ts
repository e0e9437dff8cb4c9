import {
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const instance = (id: string, externalId: string) => ({
	id,
	type: 'Order',
	custom_attributes: { order_number: externalId },
	external_id: externalId,
	external_created_at: null,
	external_updated_at: null,
	created_at: 1734537750,
	updated_at: 1734537750,
});

const run = (externalId: string, options = {}) =>
	runIntercom(
		{
			resource: 'customObjectInstance',
			operation: 'getByExternalId',
			customObjectType: 'Order',
			externalId,
		},
		options,
	);

describe('customObjectInstance › getByExternalId', () => {
	it('GETs /custom_object_instances/{type}?external_id=…; the one instance answered is the output', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/custom_object_instances/Order')
			.query({ external_id: 'ORDER 1/2' })
			.reply(200, instance('25', 'ORDER 1/2'));
		const result = await run(' ORDER 1/2 ');
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/custom_object_instances/Order',
				query: { external_id: 'ORDER 1/2' },
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([instance('25', 'ORDER 1/2')]);
	});

	it('should Intercom answer a list, takes only the instance with that External ID from it', async () => {
		const { scope } = intercom();
		const list = (data: object[]) => ({
			type: 'list',
			pages: { type: 'pages', page: 1, per_page: 20, total_pages: 1 },
			total_count: data.length,
			data,
		});
		scope
			.get('/custom_object_instances/Order')
			.query({ external_id: 'o-2' })
			.reply(200, list([instance('1', 'o-1'), instance('2', 'o-2')]))
			.get('/custom_object_instances/Order')
			.query({ external_id: 'o-3' })
			.reply(200, list([instance('1', 'o-1')]));
		expect(jsonOf(await run('o-2'))).toEqual([instance('2', 'o-2')]);
		const missing = await run('o-3');
		expect(missing.error?.message).toBe('No Order instance has the External ID "o-3"');
	});

	it.each([
		['={{ "" }}', 'External ID: is empty (item 0)'],
		['={{ null }}', 'External ID: got null, expected text (item 0)'],
	])('refuses %j before any request', async (externalId, message) => {
		const { requests } = intercom();
		const result = await run(externalId);
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});

	it('an unknown External ID is Intercom’s 404', async () => {
		const { scope } = intercom();
		scope
			.get('/custom_object_instances/Order')
			.query({ external_id: 'nope' })
			.reply(404, errorList('not_found', 'Custom object instance not found'));
		const result = await run('nope');
		expect(result.error?.message).toBe(
			'Intercom error 404: not_found: Custom object instance not found',
		);
	});
});

contractSuite('customObjectInstance › getByExternalId');
