import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const attribute = (extra: object) => ({
	type: 'data_attribute',
	id: 37,
	model: 'company',
	name: 'tier',
	full_name: 'custom_attributes.tier',
	label: 'Tier',
	custom: true,
	archived: false,
	...extra,
});

describe('dataAttribute › create', () => {
	it('a list attribute: POST /data_attributes with its options, description and messenger_writable', async () => {
		const { scope, requests } = intercom();
		scope.post('/data_attributes').reply(200, attribute({ data_type: 'options' }));
		const result = await runIntercom({
			resource: 'dataAttribute',
			operation: 'create',
			name: 'Tier',
			model: 'company',
			dataType: 'options',
			listOptions: { option: [{ value: 'gold' }, { value: 'silver' }] },
			additionalFields: { description: 'Customer tier', messengerWritable: false },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/data_attributes',
				body: {
					name: 'Tier',
					model: 'company',
					data_type: 'options',
					options: [{ value: 'gold' }, { value: 'silver' }],
					description: 'Customer tier',
					messenger_writable: false,
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([attribute({ data_type: 'options' })]);
	});

	it('a plain attribute sends no options', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/data_attributes')
			.reply(200, attribute({ model: 'contact', data_type: 'integer' }));
		const result = await runIntercom({
			resource: 'dataAttribute',
			operation: 'create',
			name: 'Seats',
			model: 'contact',
			dataType: 'integer',
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ name: 'Seats', model: 'contact', data_type: 'integer' });
	});

	it.each([
		[
			{ dataType: 'options', listOptions: { option: [{ value: 'gold' }] } },
			'List Options: a list attribute needs at least 2 options, got 1 (item 0)',
		],
		[
			{ dataType: 'options', listOptions: { option: [{ value: 'a' }, { value: 'a' }] } },
			'List Options: "a" is given twice (item 0)',
		],
		[
			{ dataType: 'options', listOptions: { option: [{ value: 'a' }, { value: ' ' }] } },
			'List Options: an option is empty (item 0)',
		],
		[
			{ model: '={{ "ticket" }}' },
			'Model: got text "ticket", expected one of "contact", "company" (item 0)',
		],
		[{ name: '={{ "" }}' }, 'Name: is empty (item 0)'],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'dataAttribute',
			operation: 'create',
			name: 'Tier',
			model: 'company',
			dataType: 'string',
			...parameters,
		});
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('dataAttribute › create');
