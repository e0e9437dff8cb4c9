import {
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const USER_ID = '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3';

const visitor = (extra: object = {}) => ({
	type: 'visitor',
	id: '6762f30c1bb69f9f2193bc5e',
	user_id: USER_ID,
	anonymous: true,
	email: '',
	name: null,
	pseudonym: 'Violet Suitcase',
	custom_attributes: {},
	created_at: 1734537996,
	updated_at: 1734537997,
	...extra,
});

describe('visitor › get', () => {
	it('GETs /visitors?user_id=…', async () => {
		const { scope, requests } = intercom();
		scope.get('/visitors').query({ user_id: USER_ID }).reply(200, visitor());
		const result = await runIntercom({
			resource: 'visitor',
			operation: 'get',
			visitorUserId: ` ${USER_ID} `,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/visitors',
				query: { user_id: USER_ID },
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([visitor()]);
	});

	it.each([
		['={{ "" }}', 'Visitor User ID: is empty (item 0)'],
		['={{ ["a"] }}', 'Visitor User ID: got an array, expected text (item 0)'],
	])('refuses %j before any request', async (visitorUserId, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'visitor', operation: 'get', visitorUserId });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});

	it('an unknown visitor is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/visitors')
			.query({ user_id: 'gone' })
			.reply(404, errorList('not_found', 'Visitor Not Found'))
			.get('/visitors')
			.query({ user_id: USER_ID })
			.reply(200, visitor());
		const result = await runIntercom(
			{ resource: 'visitor', operation: 'get', visitorUserId: '={{ $json.u }}' },
			{ input: [{ u: 'gone' }, { u: USER_ID }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Visitor Not Found',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: visitor(), pairedItem: { item: 1 } },
		]);
	});
});

contractSuite('visitor › get');
