import {
	byList,
	contact,
	contractSuite,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const VISITOR_ID = '6762f30c1bb69f9f2193bc5e';
const USER_ID = '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3';

const convert = (parameters: object) => ({
	resource: 'visitor',
	operation: 'convert',
	visitorUserId: USER_ID,
	...parameters,
});

describe('visitor › convert', () => {
	it('to a lead: POST /visitors/convert with the visitor and type lead (no user)', async () => {
		const { scope, requests } = intercom();
		const lead = contact(VISITOR_ID, { role: 'lead' });
		scope.post('/visitors/convert').reply(200, lead);
		const result = await runIntercom(convert({ convertTo: 'lead' }));
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/visitors/convert',
				query: {},
				body: { type: 'lead', visitor: { user_id: USER_ID } },
			}),
		]);
		expect(jsonOf(result)).toEqual([lead]);
	});

	it('to a user by User ID, with an email; the visitor by ID', async () => {
		const { scope, requests } = intercom();
		scope.post('/visitors/convert').reply(200, contact('new'));
		const result = await runIntercom(
			convert({
				identifyVisitorBy: 'id',
				visitorId: VISITOR_ID,
				convertTo: 'user',
				userUserId: 'u-1001',
				userEmail: ' foo@bar.com ',
			}),
		);
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			type: 'user',
			visitor: { id: VISITOR_ID },
			user: { user_id: 'u-1001', email: 'foo@bar.com' },
		});
	});

	it('to an existing user picked from the contacts', async () => {
		const { scope, requests } = intercom();
		scope.post('/visitors/convert').reply(200, contact(IDS.contact));
		const result = await runIntercom(
			convert({ identifyUserBy: 'id', userContactId: byList(IDS.contact) }),
		);
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			type: 'user',
			visitor: { user_id: USER_ID },
			user: { id: IDS.contact },
		});
		expect(jsonOf(result)).toEqual([contact(IDS.contact)]);
	});

	it.each([
		[{ userUserId: '={{ "" }}' }, 'User ID: is empty (item 0)'],
		[
			{ identifyUserBy: 'id', userContactId: byList('={{ "" }}') },
			'User: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			{ userUserId: 'u-1', userEmail: 'not-an-email' },
			'User Email: got text "not-an-email", expected an email address such as name@example.com (item 0)',
		],
		[{ visitorUserId: '={{ "" }}', convertTo: 'lead' }, 'Visitor User ID: is empty (item 0)'],
		[
			{
				convertTo: '={{ "visitor" }}',
				userUserId: 'u-1',
				userContactId: byList(IDS.contact),
			},
			'Convert To: got text "visitor", expected one of "lead", "user" (item 0)',
		],
	])('refuses %j before any request', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom(convert(parameters));
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('visitor › convert');
