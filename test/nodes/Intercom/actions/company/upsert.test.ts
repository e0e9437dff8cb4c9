import { NodeOperationError } from 'n8n-workflow';

import {
	company,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('company › upsert', () => {
	it('POSTs /companies with only company_id when nothing else is set', async () => {
		const { scope, requests } = intercom();
		scope.post('/companies').reply(200, company('co1'));
		const result = await runIntercom({
			resource: 'company',
			operation: 'upsert',
			companyIdentifier: ' acme-42 ',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/companies',
			query: {},
			body: { company_id: 'acme-42' },
		});
		expect(jsonOf(result)).toEqual([company('co1')]);
	});

	it('sends every field in Intercom’s shape: whole numbers, remote_created_at in Unix seconds, custom attributes from pairs and JSON', async () => {
		const { scope, requests } = intercom();
		scope.post('/companies').reply(200, company('co2'));
		const result = await runIntercom({
			resource: 'company',
			operation: 'upsert',
			companyIdentifier: 'acme-42',
			additionalFields: {
				name: 'Acme Inc.',
				website: 'https://acme.example',
				plan: 'Enterprise',
				size: 250,
				industry: 'Manufacturing',
				monthlySpend: 1200,
				remoteCreatedAt: '2026-01-31T12:00:00Z',
				customAttributesUi: { attribute: [{ name: 'tier', value: 'gold' }] },
				customAttributesJson: '{"region": "emea"}',
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			company_id: 'acme-42',
			name: 'Acme Inc.',
			plan: 'Enterprise',
			website: 'https://acme.example',
			industry: 'Manufacturing',
			size: 250,
			monthly_spend: 1200,
			remote_created_at: 1769860800,
			custom_attributes: { tier: 'gold', region: 'emea' },
		});
	});

	it.each([
		[{ companyIdentifier: '  ' }, 'Company ID: is empty (item 0)'],
		[
			{ companyIdentifier: 'a', additionalFields: { remoteCreatedAt: 'not a date' } },
			/^Remote Created At: got text "not a date", expected a date/,
		],
		[
			{ companyIdentifier: 'a', additionalFields: { size: 2.5 } },
			'Size: got the number 2.5, expected a whole number of 0 or more (item 0)',
		],
		[
			{ companyIdentifier: 'a', additionalFields: { monthlySpend: -1 } },
			'Monthly Spend: got the number -1, expected a whole number of 0 or more (item 0)',
		],
		[
			{ companyIdentifier: 'a', additionalFields: { monthlySpend: 2147483648 } },
			'Monthly Spend: 2147483648 is over Intercom’s maximum of 2147483647 (item 0)',
		],
		[
			{ companyIdentifier: 'a', additionalFields: { customAttributesJson: '{"x": ' } },
			/^Custom Attributes \(JSON\): is not valid JSON/,
		],
		[
			{ companyIdentifier: 'a', additionalFields: { updateLastRequestAt: '={{ "now" }}' } },
			/^Update Last Request At: got text "now", expected/,
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'company', operation: 'upsert', ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		if (typeof message === 'string') expect(result.error?.message).toBe(message);
		else expect(result.error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});

	it.each([true, false])(
		'Update Last Request At %s is sent as update_last_request_at',
		async (value) => {
			const { scope, requests } = intercom();
			scope.post('/companies').reply(200, company('co1'));
			const result = await runIntercom({
				resource: 'company',
				operation: 'upsert',
				companyIdentifier: 'acme-42',
				additionalFields: { name: 'Acme Inc.', updateLastRequestAt: value },
			});
			expect(result.error).toBeUndefined();
			expect(requests).toEqual([
				expect.objectContaining({
					method: 'POST',
					path: '/companies',
					query: {},
					body: { company_id: 'acme-42', name: 'Acme Inc.', update_last_request_at: value },
				}),
			]);
		},
	);

	it('names the item that lacks a company_id', async () => {
		const { scope, requests } = intercom();
		scope.post('/companies').reply(200, company('co1'));
		const result = await runIntercom(
			{ resource: 'company', operation: 'upsert', companyIdentifier: '={{ $json.cid }}' },
			{ input: [{ cid: 'acme-1' }, { cid: '' }] },
		);
		expect(result.error?.message).toBe('Company ID: is empty (item 1)');
		expect(requests).toHaveLength(1);
	});
});

contractSuite('company › upsert');
