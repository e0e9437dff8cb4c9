import {
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const VISITOR_ID = '6762f30c1bb69f9f2193bc5e';
const USER_ID = '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3';

const visitor = (extra: object = {}) => ({
	type: 'visitor',
	id: VISITOR_ID,
	user_id: USER_ID,
	name: 'Gareth Bale',
	custom_attributes: { plan: 'pro', seats: 3 },
	...extra,
});

const update = (parameters: object) => ({
	resource: 'visitor',
	operation: 'update',
	...parameters,
});

describe('visitor › update', () => {
	it('by user_id: PUT /visitors with user_id, the name and typed custom attributes', async () => {
		const { scope, requests } = intercom();
		scope.put('/visitors').reply(200, visitor());
		const result = await runIntercom(
			update({
				visitorUserId: USER_ID,
				updateFields: {
					name: ' Gareth Bale ',
					customAttributesUi: {
						attribute: [
							{ name: 'plan', type: 'string', value: 'pro' },
							{ name: 'seats', type: 'number', value: '3' },
						],
					},
					customAttributesJson: '{"trial": true}',
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/visitors',
				query: {},
				body: {
					user_id: USER_ID,
					name: 'Gareth Bale',
					custom_attributes: { plan: 'pro', seats: 3, trial: true },
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([visitor()]);
	});

	it('by ID: PUT /visitors with id', async () => {
		const { scope, requests } = intercom();
		scope.put('/visitors').reply(200, visitor());
		const result = await runIntercom(
			update({
				identifyVisitorBy: 'id',
				visitorId: VISITOR_ID,
				updateFields: { name: 'Gareth Bale' },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ id: VISITOR_ID, name: 'Gareth Bale' });
	});

	it.each([
		[{ visitorUserId: USER_ID }, 'Update Fields: add at least one field to change (item 0)'],
		[
			{ visitorUserId: '={{ "" }}', updateFields: { name: 'A' } },
			'Visitor User ID: is empty (item 0)',
		],
		[
			{ identifyVisitorBy: 'id', visitorId: 'a/b', updateFields: { name: 'A' } },
			'Visitor ID: "a/b" is not a valid Intercom ID (item 0)',
		],
		[
			{ visitorUserId: USER_ID, updateFields: { name: '<b>A</b>' } },
			'Name: has HTML (<b>), but Intercom shows it as plain text (item 0)',
		],
		[
			{ visitorUserId: USER_ID, updateFields: { customAttributesJson: '[1]' } },
			'Custom Attributes (JSON): must be a JSON object, e.g. {"plan": "pro"} (item 0)',
		],
	])('refuses %j before any request', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom(update(parameters));
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});

	it('an unknown visitor is Intercom’s 404', async () => {
		const { scope } = intercom();
		scope.put('/visitors').reply(404, errorList('not_found', 'Visitor Not Found'));
		const result = await runIntercom(
			update({ visitorUserId: 'fail', updateFields: { name: 'X' } }),
		);
		expect(result.error?.message).toBe('Intercom error 404: not_found: Visitor Not Found');
	});
});

contractSuite('visitor › update');
