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

describe('conversation › merge, get deleted IDs and handling events against the sandbox', () => {
	const seedConversations = (n: number): string[] => {
		sandbox.seed({
			contacts: [{ role: 'user', email: 'ada@example.com' }],
			conversations: Array.from({ length: n }, (_, k) => ({
				email: 'ada@example.com',
				body: `Hello ${k}`,
			})),
		});
		return [...sandbox.store.conversations.keys()];
	};

	it('merge closes the merged conversation and links it; the one that remains says so; a second merge is refused', async () => {
		const [a, b] = seedConversations(2);
		const merge = async () =>
			await run({
				resource: 'conversation',
				operation: 'merge',
				conversationId: byId(a),
				mergeIntoConversationId: byId(b),
			});
		const merged = await merge();
		expect(merged.error).toBeUndefined();
		const primary = jsonOf(merged)[0] as IDataObject;
		expect(primary).toMatchObject({ id: b, state: 'open' });
		const parts = (primary.conversation_parts as { conversation_parts: IDataObject[] })
			.conversation_parts;
		expect(parts.map((p) => p.part_type)).toEqual(['merged_primary_conversation']);
		const secondary = await run({
			resource: 'conversation',
			operation: 'get',
			conversationId: byId(a),
			simple: false,
		});
		expect(jsonOf(secondary)[0]).toMatchObject({ id: a, state: 'closed', open: false });
		const again = await merge();
		expect(again.error?.message).toBe(
			'Intercom error 422: merge_failed: Secondary conversation has already been merged',
		);
	});

	it('a deleted conversation shows up in Get Deleted IDs, newest first, with whether its reporting data was kept', async () => {
		const [a, b, c] = seedConversations(3);
		const del = async (id: string, retainMetrics: boolean) =>
			await run({
				resource: 'conversation',
				operation: 'delete',
				conversationId: byId(id),
				options: { retainMetrics },
			});
		expect((await del(a, true)).error).toBeUndefined();
		expect((await del(c, false)).error).toBeUndefined();
		const deleted = await run({
			resource: 'conversation',
			operation: 'getDeleted',
			returnAll: true,
		});
		expect(deleted.error).toBeUndefined();
		expect(jsonOf(deleted).map((d) => [d.id, d.metrics_retained, d.type])).toEqual([
			[c, false, 'conversation'],
			[a, true, 'conversation'],
		]);
		const oldestFirst = await run({
			resource: 'conversation',
			operation: 'getDeleted',
			limit: 1,
			options: { order: 'asc' },
		});
		expect(jsonOf(oldestFirst).map((d) => d.id)).toEqual([a]);
		expect(sandbox.store.conversations.has(b)).toBe(true);
	});

	it('an admin going away and back pauses and resumes the open conversations assigned to them', async () => {
		const [a, b] = seedConversations(2);
		const admin = sandbox.store.admins[0];
		sandbox.store.conversations.get(a)!.admin_assignee_id = Number(admin.id);
		const away = (awayModeEnabled: boolean) =>
			run({ resource: 'admin', operation: 'setAway', adminId: admin.id, awayModeEnabled });
		expect((await away(true)).error).toBeUndefined();
		expect((await away(false)).error).toBeUndefined();
		const events = async (id: string) =>
			jsonOf(
				await run({
					resource: 'conversation',
					operation: 'getHandlingEvents',
					conversationId: byId(id),
					returnAll: true,
				}),
			);
		const teammate = { type: 'admin', id: Number(admin.id), name: admin.name, email: admin.email };
		expect(await events(a)).toEqual([
			{ type: 'paused', reason: 'Away', timestamp: expect.any(String), teammate },
			{ type: 'resumed', timestamp: expect.any(String), teammate },
		]);
		expect(await events(b)).toEqual([]);
	});
});

describe('team › get metrics against the sandbox', () => {
	it('counts the open, idle and snoozed conversations assigned to each admin of the team', async () => {
		sandbox.seed({
			contacts: [{ role: 'user', email: 'ada@example.com' }],
			conversations: [1, 2, 3].map((k) => ({ email: 'ada@example.com', body: `Hi ${k}` })),
		});
		const [a, b, c] = [...sandbox.store.conversations.values()];
		const [first, second] = sandbox.store.admins.map((admin) => Number(admin.id));
		a.admin_assignee_id = first;
		a.updated_at -= 3600;
		b.admin_assignee_id = first;
		c.admin_assignee_id = second;
		c.state = 'snoozed';
		const metrics = await run({ resource: 'team', operation: 'getMetrics', teamId: '814' });
		expect(metrics.error).toBeUndefined();
		expect(jsonOf(metrics)).toEqual([
			{ type: 'team_metric', admin_id: String(first), open: 2, idle: 1, snoozed: 0 },
			{ type: 'team_metric', admin_id: String(second), open: 0, idle: 0, snoozed: 1 },
		]);
		const stricter = await run({
			resource: 'team',
			operation: 'getMetrics',
			teamId: '814',
			options: { idleThreshold: 7200 },
		});
		expect(jsonOf(stricter)[0]).toMatchObject({ open: 2, idle: 0 });
		const missing = await run({ resource: 'team', operation: 'getMetrics', teamId: '9' });
		expect(missing.error?.message).toBe('Intercom error 404: team_not_found: Team not found');
	});
});

describe('contact › get merge history against the sandbox', () => {
	it('lists the leads merged into a user (Contact → Merge), newest first; a lead has none to show (404)', async () => {
		sandbox.seed({
			contacts: [
				{ role: 'user', email: 'ada@example.com' },
				{ role: 'lead', email: 'ada@example.com', name: 'Lead 1' },
				{ role: 'lead', phone: '+353871234567', name: 'Lead 2' },
			],
		});
		const [user, lead1, lead2] = [...sandbox.store.contacts.values()].map((c) => c.id);
		const history = async (options: INodeParameters = {}) =>
			await run({
				resource: 'contact',
				operation: 'getMergeHistory',
				contactId: byId(user),
				returnAll: true,
				options,
			});
		expect(jsonOf(await history())).toEqual([]);
		for (const lead of [lead1, lead2]) {
			const merged = await run({
				resource: 'contact',
				operation: 'merge',
				fromContactId: byId(lead),
				intoContactId: byId(user),
				options: { skipDuplicateValidation: true },
			});
			expect(merged.error).toBeUndefined();
		}
		const entry = (id: string) => ({
			type: 'merge_history',
			source_contact_id: id,
			source_contact_role: 'lead',
			merged_at: expect.any(Number),
		});
		expect(jsonOf(await history())).toEqual([entry(lead2), entry(lead1)]);
		expect(jsonOf(await history({ order: 'asc' }))).toEqual([entry(lead1), entry(lead2)]);

		sandbox.seed({ contacts: [{ role: 'lead', email: 'lead@example.com' }] });
		const lead = [...sandbox.store.contacts.values()].find((c) => c.role === 'lead')!;
		const ofLead = await run({
			resource: 'contact',
			operation: 'getMergeHistory',
			contactId: byId(lead.id),
			returnAll: true,
		});
		expect(ofLead.error?.message).toBe('Intercom error 404: not_found: Contact not found');
	});
});
