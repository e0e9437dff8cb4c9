import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { byList, jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const attempt = async (parameters: Record<string, unknown>) =>
	await runIntercom({ resource: 'visitor', ...parameters } as never, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
	});
const run = async (parameters: Record<string, unknown>) => {
	const result = await attempt(parameters);
	expect(result.error).toBeUndefined();
	return jsonOf(result);
};

const VIOLET = { id: '6762f30c1bb69f9f2193bc5e', userId: '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3' };
const WINSTON = { id: '6762f3101bb69f9f2193bc64', userId: '8a88a590-e1c3-41e2-a502-e0649dbf721c' };

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

describe('visitors against the sandbox', () => {
	it('get → update by user_id and by ID → get shows the changes', async () => {
		const [got] = await run({ operation: 'get', visitorUserId: VIOLET.userId });
		expect(got).toMatchObject({
			type: 'visitor',
			id: VIOLET.id,
			user_id: VIOLET.userId,
			anonymous: true,
			pseudonym: 'Violet Suitcase',
		});
		await run({
			operation: 'update',
			visitorUserId: VIOLET.userId,
			updateFields: { name: 'Gareth Bale' },
		});
		const [updated] = await run({
			operation: 'update',
			identifyVisitorBy: 'id',
			visitorId: VIOLET.id,
			updateFields: {
				customAttributesUi: {
					attribute: [
						{ name: 'plan', type: 'string', value: 'Pro' },
						{ name: 'seats', type: 'number', value: '4' },
					],
				},
			},
		});
		expect(updated).toMatchObject({
			name: 'Gareth Bale',
			custom_attributes: { plan: 'Pro', seats: 4 },
		});
		const [again] = await run({ operation: 'get', visitorUserId: VIOLET.userId });
		expect(again).toEqual(updated);

		const unknownAttribute = await attempt({
			operation: 'update',
			visitorUserId: VIOLET.userId,
			updateFields: { customAttributesJson: '{"colour": "red"}' },
		});
		expect(unknownAttribute.error?.message).toMatch(/Custom attribute 'colour' does not exist/);
		const unknown = await attempt({ operation: 'get', visitorUserId: 'nobody' });
		expect(unknown.error?.message).toBe('Intercom error 404: not_found: Visitor Not Found');
	});

	it('converting to a lead makes a lead contact and the visitor is gone', async () => {
		await run({
			operation: 'update',
			visitorUserId: WINSTON.userId,
			updateFields: { name: 'Winston Smith', customAttributesJson: '{"plan": "Trial"}' },
		});
		const [lead] = await run({
			operation: 'convert',
			visitorUserId: WINSTON.userId,
			convertTo: 'lead',
		});
		expect(lead).toMatchObject({
			type: 'contact',
			id: WINSTON.id,
			role: 'lead',
			email: 'winston@example.com',
			name: 'Winston Smith',
			custom_attributes: { plan: 'Trial' },
		});
		expect(sandbox.store.contact(WINSTON.id)?.role).toBe('lead');
		expect(sandbox.store.visitors.has(WINSTON.id)).toBe(false);
		const gone = await attempt({ operation: 'get', visitorUserId: WINSTON.userId });
		expect(gone.error?.message).toBe('Intercom error 404: not_found: Visitor Not Found');
	});

	it('converting to a new user (by User ID) or into an existing user (picked)', async () => {
		const [user] = await run({
			operation: 'convert',
			identifyVisitorBy: 'id',
			visitorId: WINSTON.id,
			convertTo: 'user',
			userUserId: 'u-2001',
		});
		expect(user).toMatchObject({
			role: 'user',
			external_id: 'u-2001',
			email: 'winston@example.com',
		});

		// Seeded visitors convert too; an existing user takes the visitor in and keeps its identifiers.
		const [seeded] = sandbox.seed({
			visitors: [{ user_id: 'v-3001', custom_attributes: { seats: 7 } }],
		}).visitors;
		const [existing] = sandbox.seed({
			contacts: [
				{ email: 'ada@example.com', external_id: 'u-1001', custom_attributes: { plan: 'Pro' } },
			],
		}).contacts;
		const [merged] = await run({
			operation: 'convert',
			visitorUserId: String(seeded.user_id),
			convertTo: 'user',
			identifyUserBy: 'id',
			userContactId: byList(String(existing.id)),
		});
		expect(merged).toMatchObject({
			id: existing.id,
			email: 'ada@example.com',
			external_id: 'u-1001',
			custom_attributes: { plan: 'Pro', seats: 7 },
		});
		expect(sandbox.store.visitors.has(String(seeded.id))).toBe(false);

		// By User ID, the user with that external ID takes the visitor in.
		const [byUserId] = await run({
			operation: 'convert',
			visitorUserId: VIOLET.userId,
			convertTo: 'user',
			userUserId: 'u-1001',
			userEmail: 'other@example.com',
		});
		expect(byUserId).toMatchObject({ id: existing.id, email: 'ada@example.com' });
		expect(sandbox.store.visitors.size).toBe(0);
		expect([...sandbox.store.contacts.values()].map((c) => c.role).sort()).toEqual([
			'user',
			'user',
		]);
	});
});
