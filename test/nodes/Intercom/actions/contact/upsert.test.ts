import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	contact,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const searchPage = (contacts: object[], total = contacts.length) => ({
	type: 'list',
	data: contacts,
	total_count: total,
	pages: { type: 'pages', page: 1, per_page: 5, total_pages: Math.max(1, Math.ceil(total / 5)) },
});

const byEmail = (extra: object = {}) => ({
	resource: 'contact',
	operation: 'upsert',
	identifyContactBy: 'email',
	email: 'ada@example.com',
	...extra,
});

const byExternalId = (extra: object = {}) => ({
	resource: 'contact',
	operation: 'upsert',
	identifyContactBy: 'externalId',
	externalId: 'crm-42',
	...extra,
});

describe('contact › create or update › by email', () => {
	it('finds the contact by email, then PUTs /contacts/{id} with the fields (not the role): _action "updated"', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/contacts/search')
			.reply(200, searchPage([contact('c1', { email: 'ada@example.com' })]))
			.put('/contacts/c1')
			.reply(200, contact('c1', { email: 'ada@example.com', name: 'Ada Lovelace' }));
		const result = await runIntercom(
			byEmail({
				role: 'lead',
				additionalFields: { name: 'Ada Lovelace', signedUpAt: 1769860800000 },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /contacts/search',
			'PUT /contacts/c1',
		]);
		expect(requests[0].body).toEqual({
			query: { field: 'email', operator: '=', value: 'ada@example.com' },
			pagination: { per_page: 5 },
		});
		expect(requests[1].body).toEqual({
			email: 'ada@example.com',
			name: 'Ada Lovelace',
			signed_up_at: 1769860800,
		});
		expect(jsonOf(result)).toEqual([
			{ ...contact('c1', { email: 'ada@example.com', name: 'Ada Lovelace' }), _action: 'updated' },
		]);
	});

	it('creates the contact (POST /contacts, with the role) when no contact has the email: _action "created"', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/contacts/search')
			.reply(200, searchPage([]))
			.post('/contacts')
			.reply(200, contact('c9', { email: 'ada@example.com', role: 'lead' }));
		const result = await runIntercom(
			byEmail({ role: 'lead', additionalFields: { name: 'Ada', externalId: 'crm-42' } }),
		);
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /contacts/search',
			'POST /contacts',
		]);
		expect(requests[1].body).toEqual({
			role: 'lead',
			email: 'ada@example.com',
			name: 'Ada',
			external_id: 'crm-42',
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ id: 'c9', role: 'lead', _action: 'created' }),
		]);
	});

	it('two contacts with the email are an error naming the count and the IDs; nothing is updated or created', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/contacts/search')
			.reply(
				200,
				searchPage([
					contact('c1', { email: 'ada@example.com' }),
					contact('c2', { email: 'ada@example.com', role: 'lead' }),
				]),
			);
		const result = await runIntercom(byEmail({ additionalFields: { name: 'Ada' } }));
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(
			'Email: 2 contacts have the email "ada@example.com" (c1, c2), so Create or Update cannot tell which one to update (item 0)',
		);
		expect(result.error?.description).toContain('Contact → Merge');
		expect(requests).toHaveLength(1);
	});

	it('counts matches beyond the first page from total_count', async () => {
		const { scope } = intercom();
		const five = ['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => contact(id));
		scope.post('/contacts/search').reply(200, searchPage(five, 7));
		const result = await runIntercom(byEmail());
		expect(result.error?.message).toBe(
			'Email: 7 contacts have the email "ada@example.com" (c1, c2, c3, c4, c5, …), so Create or Update cannot tell which one to update (item 0)',
		);
	});

	it.each([
		['not an address', 'ada.example.com'],
		['empty (from an expression)', '={{ "" }}'],
		['a number from an expression', '={{ 42 }}'],
	])('refuses an email that is %s before any request', async (_case, email) => {
		const { requests } = intercom();
		const result = await runIntercom(byEmail({ email }));
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toMatch(/^Email: .* \(item 0\)$/);
		expect(requests).toHaveLength(0);
	});

	it('refuses a bad field for either outcome before any request (a bad Additional Fields email, Email Verified without…)', async () => {
		const { requests } = intercom();
		const bad = await runIntercom(byEmail({ additionalFields: { ownerId: 'riley' } }));
		expect(bad.error?.message).toBe('Owner: "riley" is not an admin ID (item 0)');
		const verified = await runIntercom(byExternalId({ additionalFields: { emailVerified: true } }));
		expect(verified.error?.message).toBe(
			'Email Verified: needs an Email in the same request (item 0)',
		);
		expect(requests).toHaveLength(0);
	});

	it('refuses an Additional Fields → Email other than the identifying one; the same one (any case) is fine', async () => {
		const { scope, requests } = intercom();
		const other = await runIntercom(byEmail({ additionalFields: { email: 'other@example.com' } }));
		expect(other.error?.message).toBe(
			'Additional Fields → Email: differs from the Email the contact is identified by ("ada@example.com"). Change it with Contact → Update (item 0)',
		);
		expect(requests).toHaveLength(0);
		scope
			.post('/contacts/search')
			.reply(200, searchPage([contact('c1')]))
			.put('/contacts/c1')
			.reply(200, contact('c1'));
		const same = await runIntercom(byEmail({ additionalFields: { email: 'ADA@example.com' } }));
		expect(same.error).toBeUndefined();
		expect(requests[1].body).toEqual({ email: 'ada@example.com' });
	});

	it('works item by item: one contact updated, one created, one failing with Continue On Fail', async () => {
		const { scope } = intercom();
		scope
			.post(
				'/contacts/search',
				(body: { query: { value: string } }) => body.query.value === 'a@x.io',
			)
			.reply(200, searchPage([contact('c1', { email: 'a@x.io' })]))
			.put('/contacts/c1')
			.reply(200, contact('c1', { email: 'a@x.io' }))
			.post(
				'/contacts/search',
				(body: { query: { value: string } }) => body.query.value === 'b@x.io',
			)
			.reply(200, searchPage([]))
			.post('/contacts')
			.reply(200, contact('c2', { email: 'b@x.io' }));
		const result = await runIntercom(byEmail({ email: '={{ $json.email }}' }), {
			input: [{ email: 'a@x.io' }, { email: 'b@x.io' }, { email: 'nope' }],
			continueOnFail: true,
		});
		expect(
			result.items.map((item) => [item.json._action ?? item.json.error, item.pairedItem]),
		).toEqual([
			['updated', { item: 0 }],
			['created', { item: 1 }],
			[expect.stringMatching(/^Email: /), { item: 2 }],
		]);
	});
});

describe('contact › create or update › by external ID', () => {
	it('finds the user by external ID (GET /contacts/find_by_external_id/{id}), then PUTs it', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/find_by_external_id/crm-42')
			.reply(200, contact('c1', { external_id: 'crm-42' }))
			.put('/contacts/c1')
			.reply(200, contact('c1', { external_id: 'crm-42', email: 'new@example.com' }));
		const result = await runIntercom(
			byExternalId({ additionalFields: { email: 'new@example.com', externalId: 'crm-42' } }),
		);
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /contacts/find_by_external_id/crm-42',
			'PUT /contacts/c1',
		]);
		expect(requests[1].body).toEqual({ email: 'new@example.com', external_id: 'crm-42' });
		expect(jsonOf(result)[0]).toMatchObject({ id: 'c1', _action: 'updated' });
	});

	it('creates the user when Intercom has none with the external ID (404)', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/find_by_external_id/crm-42')
			.reply(404, errorList('not_found', 'User Not Found'))
			.post('/contacts')
			.reply(200, contact('c7', { external_id: 'crm-42' }));
		const result = await runIntercom(byExternalId({ additionalFields: { name: 'Ada' } }));
		expect(result.error).toBeUndefined();
		expect(requests[1]).toMatchObject({
			method: 'POST',
			path: '/contacts',
			body: { role: 'user', external_id: 'crm-42', name: 'Ada' },
		});
		expect(jsonOf(result)[0]).toMatchObject({ id: 'c7', _action: 'created' });
	});

	it('lets any other error through as Intercom gave it: a merged contact (410) is neither updated nor created', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/find_by_external_id/crm-42')
			.reply(410, errorList('contact_merged', 'This contact has been merged.'), {
				Link: '</contacts/c5>; rel="canonical"',
			});
		const result = await runIntercom(byExternalId());
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe(
			'Intercom error 410: contact_merged: This contact has been merged.',
		);
		expect(result.error?.description).toContain('merged into contact c5');
		expect(requests).toHaveLength(1);
	});

	it('sends an external ID as one encoded path segment, and refuses a dot segment before any request', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/find_by_external_id/a%2Fb%3Fc')
			.reply(200, contact('c1', { external_id: 'a/b?c' }))
			.put('/contacts/c1')
			.reply(200, contact('c1'));
		const slash = await runIntercom(byExternalId({ externalId: 'a/b?c' }));
		expect(slash.error).toBeUndefined();
		const dots = await runIntercom(byExternalId({ externalId: '={{ ".." }}' }));
		expect(dots.error?.message).toBe(
			'External ID: ".." is or holds a dot segment (. or ..), which would change the path (item 0)',
		);
		expect(requests).toHaveLength(2);
	});

	it('refuses an Additional Fields → External ID other than the identifying one', async () => {
		const { requests } = intercom();
		const result = await runIntercom(byExternalId({ additionalFields: { externalId: 'crm-43' } }));
		expect(result.error?.message).toBe(
			'Additional Fields → External ID: differs from the External ID the contact is identified by ("crm-42"). Change it with Contact → Update (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('contact › create or update');
