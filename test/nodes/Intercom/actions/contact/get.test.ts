import {
	byId,
	byList,
	byUrl,
	contact,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('contact › get', () => {
	it('GETs /contacts/{id} with the token and version, and simplifies the contact', async () => {
		const { scope, requests } = intercom();
		scope.get('/contacts/c1').reply(200, contact('c1', { browser: 'firefox' }));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'get',
			contactId: byList('c1'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/contacts/c1',
			query: {},
			body: undefined,
		});
		expect(requests[0].headers).toMatchObject({
			authorization: 'Bearer test-token',
			'intercom-version': '2.16',
		});
		expect(jsonOf(result)).toEqual([
			{
				id: 'c1',
				role: 'user',
				external_id: null,
				email: 'c1@example.com',
				phone: null,
				name: 'Contact c1',
				owner_id: null,
				created_at: 1700000000,
				updated_at: 1700000100,
				signed_up_at: 1700000000,
				last_seen_at: null,
				unsubscribed_from_emails: false,
				custom_attributes: {},
			},
		]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('takes the ID out of an Intercom app URL (EU host) and returns the raw contact without Simplify', async () => {
		const { scope } = intercom();
		scope
			.get('/contacts/6329bd9ffe4e2e91dac76188')
			.reply(200, contact('6329bd9ffe4e2e91dac76188', { browser: 'firefox' }));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'get',
			contactId: byUrl(
				'https://app.eu.intercom.com/a/apps/abc123/users/6329bd9ffe4e2e91dac76188/all-conversations',
			),
			simple: false,
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			id: '6329bd9ffe4e2e91dac76188',
			browser: 'firefox',
		});
	});

	it('reads the contact per item from an expression', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/a1')
			.reply(200, contact('a1'))
			.get('/contacts/b2')
			.reply(200, contact('b2'));
		const result = await runIntercom(
			{ resource: 'contact', operation: 'get', contactId: byId('={{ $json.cid }}') },
			{ input: [{ cid: 'a1' }, { cid: 'b2' }] },
		);
		expect(requests.map((r) => r.path)).toEqual(['/contacts/a1', '/contacts/b2']);
		expect(result.items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			['a1', { item: 0 }],
			['b2', { item: 1 }],
		]);
	});
});

contractSuite('contact › get');
