import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('dataAttribute › update', () => {
	it('PUT /data_attributes/{id}: archive and describe', async () => {
		const { scope, requests } = intercom();
		const answer = {
			type: 'data_attribute',
			id: 37,
			name: 'tier',
			archived: true,
			description: 'Old',
		};
		scope.put('/data_attributes/37').reply(200, answer);
		const result = await runIntercom({
			resource: 'dataAttribute',
			operation: 'update',
			dataAttributeId: '37',
			updateFields: { archived: true, description: 'Old', messengerWritable: false },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/data_attributes/37',
				body: { archived: true, description: 'Old', messenger_writable: false },
			}),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('new list options replace the old ones', async () => {
		const { scope, requests } = intercom();
		scope.put('/data_attributes/37').reply(200, { type: 'data_attribute', id: 37 });
		const result = await runIntercom({
			resource: 'dataAttribute',
			operation: 'update',
			dataAttributeId: '37',
			updateFields: { listOptions: { option: [{ value: '1-10' }, { value: '11-50' }] } },
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ options: [{ value: '1-10' }, { value: '11-50' }] });
	});

	it.each([
		[{ updateFields: {} }, 'Update Fields: add at least one field to change (item 0)'],
		[
			{ dataAttributeId: 'tier', updateFields: { archived: true } },
			'Data Attribute: "tier" is not a data attribute ID (item 0)',
		],
		[
			{ updateFields: { listOptions: { option: [{ value: 'x' }] } } },
			'List Options: a list attribute needs at least 2 options, got 1 (item 0)',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'dataAttribute',
			operation: 'update',
			dataAttributeId: '37',
			...parameters,
		});
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('dataAttribute › update');
