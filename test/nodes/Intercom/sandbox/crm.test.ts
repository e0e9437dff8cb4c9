import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { byId, jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these): the
// CRM operations that read what earlier ones did.
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});

const run = async (parameters: INodeParameters, input?: IDataObject[]) =>
	await runIntercom(parameters, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
		input,
	});

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

describe('contact › create or update against the sandbox', () => {
	it('by email: created the first time, updated the second (same contact), and two contacts with the email refused', async () => {
		const upsert = (name: string) =>
			run({
				resource: 'contact',
				operation: 'upsert',
				identifyContactBy: 'email',
				email: 'ada@example.com',
				role: 'lead',
				additionalFields: { name },
			});
		const first = await upsert('Ada');
		expect(first.error).toBeUndefined();
		const created = jsonOf(first)[0];
		expect(created).toMatchObject({ role: 'lead', name: 'Ada', _action: 'created' });
		const second = await upsert('Ada Lovelace');
		expect(second.error).toBeUndefined();
		expect(jsonOf(second)[0]).toMatchObject({
			id: created.id,
			role: 'lead',
			name: 'Ada Lovelace',
			_action: 'updated',
		});
		expect(sandbox.store.contacts.size).toBe(1);

		// A second lead with the same email (Intercom allows that for leads).
		const lead = await run({
			resource: 'contact',
			operation: 'create',
			role: 'lead',
			email: 'ada@example.com',
		});
		expect(lead.error).toBeUndefined();
		const third = await upsert('Ada L.');
		expect(third.error?.message).toMatch(
			/^Email: 2 contacts have the email "ada@example.com" \(.+, .+\), so Create or Update cannot tell which one to update \(item 0\)$/,
		);
		expect([...sandbox.store.contacts.values()].map((c) => c.name)).toEqual(['Ada Lovelace', null]);
	});

	it('by external ID: created as a user, then updated through find by external ID', async () => {
		const upsert = (extra: INodeParameters) =>
			run({
				resource: 'contact',
				operation: 'upsert',
				identifyContactBy: 'externalId',
				externalId: 'crm-42',
				role: 'user',
				additionalFields: extra,
			});
		const first = await upsert({ email: 'grace@example.com' });
		expect(jsonOf(first)[0]).toMatchObject({
			external_id: 'crm-42',
			email: 'grace@example.com',
			_action: 'created',
		});
		const second = await upsert({ phone: '+353871234567' });
		expect(jsonOf(second)[0]).toMatchObject({
			id: jsonOf(first)[0].id,
			phone: '+353871234567',
			email: 'grace@example.com',
			_action: 'updated',
		});
		expect(Object.keys(sandbox.stats.byRoute).sort()).toEqual([
			'GET /contacts/find_by_external_id/{external_id}',
			'POST /contacts',
			'PUT /contacts/{contact_id}',
		]);
	});
});

describe('brand against the sandbox', () => {
	it('Get Many lists the built-in brands (the default one has the workspace’s ID); Get reads each; an unknown one is a 404', async () => {
		const all = await run({ resource: 'brand', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		const brands = jsonOf(all);
		expect(brands.map((b) => [b.id, b.is_default])).toEqual([
			['sandbox', true],
			['3', false],
		]);
		const got = await run(
			{ resource: 'brand', operation: 'get', brandId: byId('={{ $json.id }}') },
			brands.map((b) => ({ id: b.id })),
		);
		expect(jsonOf(got)).toEqual(brands);
		const missing = await run({ resource: 'brand', operation: 'get', brandId: byId('99') });
		expect(missing.error?.message).toBe('Intercom error 404: not_found: Brand not found');
	});
});
