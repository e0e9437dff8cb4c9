import { NodeOperationError } from 'n8n-workflow';

import {
	contact,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('contact › create', () => {
	it('POSTs /contacts with role and email only when nothing else is set', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts').reply(200, contact('c1'));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'create',
			role: 'lead',
			email: 'lead@example.com',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/contacts',
			body: { role: 'lead', email: 'lead@example.com' },
		});
		expect(requests[0].headers['content-type']).toMatch(/application\/json/);
		expect(jsonOf(result)).toEqual([expect.objectContaining({ id: 'c1', type: 'contact' })]);
	});

	it('sends every additional field in Intercom’s shape: dates as Unix seconds, typed custom attributes, JSON merged over pairs', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts').reply(200, contact('c2'));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: 'ada@example.com',
			additionalFields: {
				name: 'Ada Lovelace',
				phone: '+353871234567',
				externalId: 'crm-42',
				avatar: 'https://example.com/ada.png',
				ownerId: '814860',
				unsubscribedFromEmails: true,
				emailVerified: true,
				signedUpAt: '2026-01-31T12:00:00Z',
				lastSeenAt: '={{ 1769860800 }}',
				customAttributesUi: {
					attribute: [
						{ name: 'plan', type: 'string', value: 'pro' },
						{ name: 'seats', type: 'number', value: '12' },
						{ name: 'trial', type: 'boolean', value: 'false' },
						{ name: 'renewal', type: 'date', value: '2026-12-01T00:00:00Z' },
					],
				},
				customAttributesJson: '{"plan": "enterprise", "region": "emea"}',
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			role: 'user',
			email: 'ada@example.com',
			email_verified: true,
			external_id: 'crm-42',
			phone: '+353871234567',
			name: 'Ada Lovelace',
			avatar: 'https://example.com/ada.png',
			owner_id: '814860',
			unsubscribed_from_emails: true,
			signed_up_at: 1769860800,
			last_seen_at: 1769860800,
			custom_attributes: {
				plan: 'enterprise',
				seats: 12,
				trial: false,
				renewal: 1796083200,
				region: 'emea',
			},
		});
	});

	it('reads a date picked without a zone in the workflow’s timezone', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts').reply(200, contact('c3'));
		const result = await runIntercom(
			{
				resource: 'contact',
				operation: 'create',
				role: 'user',
				email: 'tz@example.com',
				additionalFields: { signedUpAt: '2026-01-31T12:00:00', lastSeenAt: '2026-07-01T09:00:00' },
			},
			{ timezone: 'Europe/Berlin' },
		);
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toMatchObject({
			signed_up_at: Date.parse('2026-01-31T11:00:00Z') / 1000,
			last_seen_at: Date.parse('2026-07-01T07:00:00Z') / 1000,
		});
	});

	it('refuses invalid custom-attribute JSON, naming the field and the item, before any request', async () => {
		const result = await runIntercom({
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: 'a@example.com',
			additionalFields: { customAttributesJson: '{"plan": ' },
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toMatch(
			/^Custom Attributes \(JSON\): is not valid JSON: .+ \(item 0\)$/,
		);
		expect(result.error?.context?.itemIndex).toBe(0);
	});

	it.each([
		[
			{ customAttributesJson: '[1, 2]' },
			'Custom Attributes (JSON): must be a JSON object, e.g. {"plan": "pro"} (item 0)',
		],
		[{ signedUpAt: 'yesterday-ish' }, /^Signed Up At: got text "yesterday-ish", expected a date/],
		[
			{ customAttributesUi: { attribute: [{ name: 'seats', type: 'number', value: 'many' }] } },
			'Custom Attributes › seats: got text "many", expected a number (item 0)',
		],
		[{ ownerId: 'bob' }, 'Owner: "bob" is not an admin ID (item 0)'],
	])('refuses wrong types before any request: %j', async (additionalFields, message) => {
		const result = await runIntercom({
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: 'a@example.com',
			additionalFields,
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		if (typeof message === 'string') expect(result.error?.message).toBe(message);
		else expect(result.error?.message).toMatch(message);
	});

	it('refuses Email Verified without an email', async () => {
		const result = await runIntercom({
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: '',
			additionalFields: { emailVerified: true },
		});
		expect(result.error?.message).toBe(
			'Email Verified: needs an Email in the same request (item 0)',
		);
	});
});

contractSuite('contact › create');
