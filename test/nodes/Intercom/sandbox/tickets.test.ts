import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { runListSearch, runLoadOptions } from '../../../harness/run-method';
import { byId, jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const attempt = async (parameters: Record<string, unknown>) =>
	await runIntercom(parameters as never, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
	});
const run = async (parameters: Record<string, unknown>) => {
	const result = await attempt(parameters);
	expect(result.error).toBeUndefined();
	return jsonOf(result);
};

/** The sandbox's built-in ticket types. */
const BUG_REPORT = '71';
const REFUND = '72';
const OUTAGE = '73';
const FEATURE_REQUEST = '74';

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

async function newTicket(ticketTypeId: string, attributes: Record<string, unknown>) {
	const [ticket] = await run({
		resource: 'ticket',
		operation: 'create',
		ticketTypeId,
		contactBy: 'email',
		contactEmail: 'ada@example.com',
		ticketAttributesJson: JSON.stringify(attributes),
	});
	return String(ticket.id);
}

async function getTicket(id: string) {
	const [ticket] = await run({
		resource: 'ticket',
		operation: 'get',
		ticketId: byId(id),
		simple: false,
	});
	return ticket;
}

describe('tickets against the sandbox', () => {
	beforeEach(() => {
		sandbox.seed({
			contacts: [{ role: 'user', email: 'ada@example.com', name: 'Ada' }],
			conversations: [
				{ email: 'ada@example.com', body: 'The dashboard is down' },
				{ email: 'ada@example.com', body: 'Cannot log in' },
			],
		});
	});

	const conversationIds = () => [...sandbox.store.conversations.keys()];

	it('links conversations to a tracker ticket, shows them on both sides, and unlinks them', async () => {
		const tracker = await newTicket(OUTAGE, { _default_title_: 'Dashboard outage' });
		const [first, second] = conversationIds();

		const [linked] = await run({
			resource: 'ticket',
			operation: 'linkConversation',
			ticketId: byId(tracker),
			conversationId: byId(first),
		});
		expect(linked).toMatchObject({
			type: 'conversation',
			id: first,
			linked_objects: {
				type: 'list',
				total_count: 1,
				has_more: false,
				data: [{ type: 'ticket', id: tracker, category: 'Tracker' }],
			},
		});
		await run({
			resource: 'ticket',
			operation: 'linkConversation',
			ticketId: byId(tracker),
			conversationId: byId(second),
		});
		expect((await getTicket(tracker)).linked_objects).toEqual({
			type: 'list',
			total_count: 2,
			has_more: false,
			data: [
				{ type: 'conversation', id: first, category: null },
				{ type: 'conversation', id: second, category: null },
			],
		});

		// A conversation has one tracker at most.
		const other = await newTicket(OUTAGE, { _default_title_: 'Login outage' });
		const twice = await attempt({
			resource: 'ticket',
			operation: 'linkConversation',
			ticketId: byId(other),
			conversationId: byId(first),
		});
		expect(twice.error?.message).toContain('A conversation can only have one tracker ticket');

		const [unlinked] = await run({
			resource: 'ticket',
			operation: 'unlinkConversation',
			ticketId: byId(tracker),
			linkedConversationId: byId(first),
		});
		expect(unlinked).toMatchObject({
			id: first,
			linked_objects: { total_count: 0, data: [] },
		});
		expect((await getTicket(tracker)).linked_objects).toMatchObject({
			total_count: 1,
			data: [{ type: 'conversation', id: second }],
		});
		const again = await attempt({
			resource: 'ticket',
			operation: 'unlinkConversation',
			ticketId: byId(tracker),
			linkedConversationId: byId(first),
		});
		expect(again.error?.message).toContain('Conversation is not linked to this ticket');
	});

	it('links customer tickets to a tracker, and refuses other tickets as the tracker', async () => {
		const tracker = await newTicket(OUTAGE, { _default_title_: 'Outage' });
		const customer = await newTicket(FEATURE_REQUEST, { _default_title_: 'Export' });
		await run({
			resource: 'ticket',
			operation: 'linkConversation',
			ticketId: byId(tracker),
			conversationId: byId(customer),
		});
		expect((await getTicket(tracker)).linked_objects).toMatchObject({
			data: [{ type: 'ticket', id: customer, category: 'Customer' }],
		});
		expect((await getTicket(customer)).linked_objects).toMatchObject({
			data: [{ type: 'ticket', id: tracker, category: 'Tracker' }],
		});
		const notTracker = await attempt({
			resource: 'ticket',
			operation: 'linkConversation',
			ticketId: byId(customer),
			conversationId: byId(conversationIds()[0]),
		});
		expect(notTracker.error?.message).toContain(
			'Only tracker tickets support linking conversations',
		);
	});

	it('changes a ticket’s type within its category, carrying attributes of the same name and type', async () => {
		const id = await newTicket(BUG_REPORT, {
			_default_title_: 'Crash on export',
			_default_description_: 'Every time',
			Severity: 'High',
		});
		const [changed] = await run({
			resource: 'ticket',
			operation: 'changeType',
			ticketId: byId(id),
			ticketTypeId: FEATURE_REQUEST,
			ticketStateId: '8002',
			ticketAttributesUi: { attribute: [{ name: 'Votes', value: '3' }] },
		});
		expect(changed).toMatchObject({
			id,
			category: 'Customer',
			ticket_type: { id: FEATURE_REQUEST, name: 'Feature Request' },
			ticket_state: { id: '8002', category: 'in_progress' },
			ticket_attributes: {
				_default_title_: 'Crash on export',
				_default_description_: 'Every time',
				Votes: 3,
			},
		});
		expect(changed.ticket_attributes).not.toHaveProperty('Severity');
		expect((await getTicket(id)).ticket_type).toMatchObject({ id: FEATURE_REQUEST });

		const otherCategory = await attempt({
			resource: 'ticket',
			operation: 'changeType',
			ticketId: byId(id),
			ticketTypeId: REFUND,
			ticketStateId: '8001',
		});
		expect(otherCategory.error?.message).toContain('same category');
		const same = await attempt({
			resource: 'ticket',
			operation: 'changeType',
			ticketId: byId(id),
			ticketTypeId: FEATURE_REQUEST,
			ticketStateId: '8001',
		});
		expect(same.error?.message).toContain('Cannot change to the same ticket type');
	});

	it('the tracker picker lists tracker tickets; the linked picker lists the tracker’s links', async () => {
		const tracker = await newTicket(OUTAGE, { _default_title_: 'Outage' });
		await newTicket(FEATURE_REQUEST, { _default_title_: 'Export' });
		await run({
			resource: 'ticket',
			operation: 'linkConversation',
			ticketId: byId(tracker),
			conversationId: byId(conversationIds()[1]),
		});
		const base = {
			node: new Intercom(),
			credentials: { intercomAccessTokenApi: credentials() },
			credentialTypes: [new IntercomAccessTokenApi()],
		};
		expect(await runListSearch({ ...base, method: 'searchTrackerTickets' })).toMatchObject({
			results: [{ value: tracker, name: expect.stringContaining('Outage') }],
		});
		expect(
			await runListSearch({ ...base, method: 'searchTrackerTickets', filter: 'Outa' }),
		).toMatchObject({ results: [{ value: tracker }] });
		expect(
			await runListSearch({
				...base,
				parameters: {
					resource: 'ticket',
					operation: 'unlinkConversation',
					ticketId: { __rl: true, mode: 'id', value: tracker },
				},
				method: 'searchLinkedConversations',
			}),
		).toEqual({
			results: [{ name: `Conversation ${conversationIds()[1]}`, value: conversationIds()[1] }],
		});
	});
});

describe('ticket types against the sandbox', () => {
	beforeEach(() => {
		sandbox.seed({ contacts: [{ role: 'user', email: 'ada@example.com', name: 'Ada' }] });
	});

	const base = () => ({
		node: new Intercom(),
		credentials: { intercomAccessTokenApi: credentials() },
		credentialTypes: [new IntercomAccessTokenApi()],
	});

	it('a created type is listed, takes tickets, and is renamed, archived and restored', async () => {
		const [created] = await run({
			resource: 'ticketType',
			operation: 'create',
			name: 'Hardware Return',
			category: 'Back-office',
			additionalFields: { description: 'Send a device back', icon: '📦' },
		});
		expect(created).toMatchObject({
			type: 'ticket_type',
			name: 'Hardware Return',
			category: 'Back-office',
			description: 'Send a device back',
			icon: '📦',
			archived: false,
			is_internal: false,
			ticket_type_attributes: {
				type: 'list',
				data: [
					{
						name: '_default_title_',
						data_type: 'string',
						default: true,
						input_options: { multiline: false },
					},
					{
						name: '_default_description_',
						data_type: 'string',
						default: true,
						input_options: { multiline: true },
					},
				],
			},
			ticket_states: {
				type: 'list',
				data: expect.arrayContaining([expect.objectContaining({ id: '8001' })]),
			},
		});
		const id = String(created.id);

		const listed = await run({ resource: 'ticketType', operation: 'getAll', returnAll: true });
		expect(listed.map((t) => t.name)).toContain('Hardware Return');
		expect(await runLoadOptions({ ...base(), method: 'getTicketTypes' })).toContainEqual({
			name: 'Hardware Return (Back-office)',
			value: id,
			description: 'Send a device back',
		});

		const ticket = await newTicket(id, { _default_title_: 'Laptop' });
		expect((await getTicket(ticket)).ticket_type).toMatchObject({ id, name: 'Hardware Return' });

		const [renamed] = await run({
			resource: 'ticketType',
			operation: 'update',
			ticketTypeId: id,
			updateFields: { name: 'Device Return', archived: true },
		});
		expect(renamed).toMatchObject({ id, name: 'Device Return', archived: true });
		expect(await runLoadOptions({ ...base(), method: 'getTicketTypes' })).not.toContainEqual(
			expect.objectContaining({ value: id }),
		);
		expect(
			await runLoadOptions({ ...base(), method: 'getTicketTypesWithArchived' }),
		).toContainEqual(
			expect.objectContaining({ value: id, name: 'Device Return (Back-office) (archived)' }),
		);
		const [restored] = await run({
			resource: 'ticketType',
			operation: 'update',
			ticketTypeId: id,
			updateFields: { archived: false },
		});
		expect(restored).toMatchObject({ id, name: 'Device Return', archived: false });
		const [got] = await run({ resource: 'ticketType', operation: 'get', ticketTypeId: id });
		expect(got).toMatchObject({ name: 'Device Return', archived: false, icon: '📦' });
	});

	it('a type created without an icon gets Intercom’s, and of the Customer category', async () => {
		const [created] = await run({ resource: 'ticketType', operation: 'create', name: 'Question' });
		expect(created).toMatchObject({ category: 'Customer', icon: '🎟️', description: '' });
	});
});

describe('ticket type attributes against the sandbox', () => {
	beforeEach(() => {
		sandbox.seed({ contacts: [{ role: 'user', email: 'ada@example.com', name: 'Ada' }] });
	});

	const base = () => ({
		node: new Intercom(),
		credentials: { intercomAccessTokenApi: credentials() },
		credentialTypes: [new IntercomAccessTokenApi()],
	});

	it('created attributes appear on the type and in ticket creation; updates rename, re-option and archive them', async () => {
		const [type] = await run({ resource: 'ticketType', operation: 'create', name: 'Hardware' });
		const typeId = String(type.id);
		const [priority] = await run({
			resource: 'ticketTypeAttribute',
			operation: 'create',
			ticketTypeId: typeId,
			name: 'Priority',
			description: 'How urgent',
			dataType: 'list',
			listItems: { option: [{ label: 'Low' }, { label: 'High' }] },
			additionalFields: { requiredToCreate: true },
		});
		expect(priority).toMatchObject({
			type: 'ticket_type_attribute',
			name: 'Priority',
			description: 'How urgent',
			data_type: 'list',
			required_to_create: true,
			visible_on_create: true,
			ticket_type_id: Number(typeId),
			input_options: { list_options: [{ label: 'Low' }, { label: 'High' }] },
		});
		const [notes] = await run({
			resource: 'ticketTypeAttribute',
			operation: 'create',
			ticketTypeId: typeId,
			name: 'Notes',
			dataType: 'string',
			multiline: true,
		});
		expect(notes).toMatchObject({ description: '', input_options: { multiline: true } });

		const [got] = await run({ resource: 'ticketType', operation: 'get', ticketTypeId: typeId });
		expect(
			(got.ticket_type_attributes as { data: Array<{ name: string }> }).data.map((a) => a.name),
		).toEqual(['_default_title_', '_default_description_', 'Priority', 'Notes']);
		const parameters = { resource: 'ticket', operation: 'create', ticketTypeId: typeId };
		expect(
			await runLoadOptions({ ...base(), parameters, method: 'getTicketTypeAttributes' }),
		).toEqual(
			expect.arrayContaining([
				{
					name: 'Priority (list, required)',
					value: 'Priority',
					description: 'How urgent. One of: Low, High',
				},
				expect.objectContaining({ value: 'Notes' }),
			]),
		);

		// Creating a ticket: the new required attribute is asked for, its options checked.
		const missing = await attempt({
			resource: 'ticket',
			operation: 'create',
			ticketTypeId: typeId,
			contactBy: 'email',
			contactEmail: 'ada@example.com',
			ticketAttributesJson: '{"_default_title_": "Broken screen"}',
		});
		expect(missing.error?.message).toContain('requires "Priority"');
		const [ticket] = await run({
			resource: 'ticket',
			operation: 'create',
			ticketTypeId: typeId,
			contactBy: 'email',
			contactEmail: 'ada@example.com',
			ticketAttributesUi: {
				attribute: [
					{ name: '_default_title_', value: 'Broken screen' },
					{ name: 'Priority', value: 'High' },
				],
			},
		});
		expect(ticket.ticket_attributes).toEqual({
			_default_title_: 'Broken screen',
			Priority: 'High',
		});

		// Update: rename (the ticket keeps its value under the new name) and new options.
		const attributeIds = await runLoadOptions({
			...base(),
			parameters: { resource: 'ticketTypeAttribute', operation: 'update', ticketTypeId: typeId },
			method: 'getTicketTypeAttributeIds',
		});
		const priorityId = attributeIds.find((o) => o.name.startsWith('Priority'))!.value;
		expect(priorityId).toBe(priority.id);
		const [renamed] = await run({
			resource: 'ticketTypeAttribute',
			operation: 'update',
			ticketTypeId: typeId,
			ticketTypeAttributeId: priorityId,
			updateFields: {
				name: 'Urgency',
				listItems: { option: [{ label: 'High' }, { label: 'Critical' }] },
				requiredToCreate: false,
			},
		});
		expect(renamed).toMatchObject({
			id: priority.id,
			name: 'Urgency',
			required_to_create: false,
			input_options: { list_options: [{ label: 'High' }, { label: 'Critical' }] },
		});
		expect((await getTicket(String(ticket.id))).ticket_attributes).toEqual({
			_default_title_: 'Broken screen',
			Urgency: 'High',
		});
		const notAList = await attempt({
			resource: 'ticketTypeAttribute',
			operation: 'update',
			ticketTypeId: typeId,
			ticketTypeAttributeId: String(notes.id),
			updateFields: { listItems: { option: [{ label: 'A' }] } },
		});
		expect(notAList.error?.message).toContain('only list attributes take it');

		// Archived: no longer offered for tickets, still listed (marked) for updates.
		await run({
			resource: 'ticketTypeAttribute',
			operation: 'update',
			ticketTypeId: typeId,
			ticketTypeAttributeId: String(notes.id),
			updateFields: { archived: true },
		});
		expect(
			await runLoadOptions({ ...base(), parameters, method: 'getTicketTypeAttributes' }),
		).not.toContainEqual(expect.objectContaining({ value: 'Notes' }));
		expect(
			await runLoadOptions({
				...base(),
				parameters: { resource: 'ticketTypeAttribute', operation: 'update', ticketTypeId: typeId },
				method: 'getTicketTypeAttributeIds',
			}),
		).toContainEqual(
			expect.objectContaining({ value: notes.id, name: 'Notes (string, archived)' }),
		);
	});

	it('the sandbox refuses a second attribute of the same name on a type', async () => {
		const again = await attempt({
			resource: 'ticketTypeAttribute',
			operation: 'create',
			ticketTypeId: BUG_REPORT,
			name: 'severity',
			dataType: 'integer',
		});
		expect(again.error?.message).toContain('already has an attribute named severity');
	});
});

describe('ticket states against the sandbox', () => {
	const base = () => ({
		node: new Intercom(),
		credentials: { intercomAccessTokenApi: credentials() },
		credentialTypes: [new IntercomAccessTokenApi()],
	});

	it('Get Many lists the states with their types; the dropdowns read the same list', async () => {
		const states = await run({ resource: 'ticketState', operation: 'getAll', returnAll: true });
		expect(states.map((s) => s.id)).toEqual(['8001', '8002', '8003', '8004', '8005']);
		expect(states[0]).toEqual({
			id: '8001',
			category: 'submitted',
			internal_label: 'Submitted',
			external_label: 'Submitted',
			archived: false,
			ticket_type_ids: [BUG_REPORT, REFUND, OUTAGE, FEATURE_REQUEST],
		});
		expect(states[4]).toMatchObject({
			internal_label: 'With engineering',
			ticket_type_ids: [OUTAGE],
		});
		const ofType = await run({
			resource: 'ticketState',
			operation: 'getAll',
			returnAll: true,
			filters: { ticketTypeId: BUG_REPORT, category: 'in_progress' },
		});
		expect(ofType.map((s) => s.id)).toEqual(['8002']);

		const options = await runLoadOptions({ ...base(), method: 'getTicketStates' });
		expect(options.map((o) => o.value).sort()).toEqual(states.map((s) => s.id).sort());
		expect(
			sandbox.requests.filter((r) => r.path === '/ticket_states').map((r) => r.method),
		).toEqual(['GET', 'GET', 'GET']);
	});

	it('a created type has the default states; a type’s own state is refused for others', async () => {
		const [created] = await run({ resource: 'ticketType', operation: 'create', name: 'Ops' });
		const states = await run({
			resource: 'ticketState',
			operation: 'getAll',
			returnAll: true,
			filters: { ticketTypeId: String(created.id) },
		});
		expect(states.map((s) => s.id)).toEqual(['8001', '8002', '8003', '8004']);
		sandbox.seed({ contacts: [{ role: 'user', email: 'ada@example.com' }] });
		const id = await newTicket(BUG_REPORT, { _default_title_: 'Crash', Severity: 'Low' });
		const wrong = await attempt({
			resource: 'ticket',
			operation: 'update',
			ticketId: byId(id),
			updateFields: { ticketStateId: '8005' },
		});
		expect(wrong.error?.message).toContain("doesn't belong to the ticket's type");
	});
});
