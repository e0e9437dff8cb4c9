import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	contractSuite,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
	ticket,
} from '../../fixtures';

isolateNetwork();

const attribute = (name: string, data_type: string, extra: object = {}) => ({
	type: 'ticket_type_attribute',
	id: `a_${name}`,
	name,
	data_type,
	required_to_create: false,
	archived: false,
	...extra,
});

const ticketType = {
	type: 'ticket_type',
	id: IDS.ticketType,
	name: 'Refund',
	category: 'Customer',
	ticket_type_attributes: {
		type: 'list',
		data: [
			attribute('_default_title_', 'string', { required_to_create: true, default: true }),
			attribute('_default_description_', 'string', { default: true }),
			attribute('order_number', 'integer', { required_to_create: true }),
			attribute('amount', 'decimal'),
			attribute('urgent', 'boolean'),
			attribute('priority', 'list', {
				input_options: {
					list_options: [
						{ id: 'p1', label: 'Low' },
						{ id: 'p2', label: 'High' },
					],
				},
			}),
			attribute('old_field', 'string', { required_to_create: true, archived: true }),
		],
	},
};

const base = { resource: 'ticket', operation: 'create', ticketTypeId: IDS.ticketType };

describe('ticket › create', () => {
	it('reads the ticket type, types the attributes and POSTs /tickets', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		scope.post('/tickets').reply(200, ticket('1296'));
		const result = await runIntercom({
			...base,
			contactBy: 'id',
			contactId: byId(IDS.contact),
			ticketAttributesUi: {
				attribute: [
					{ name: '_default_title_', value: 'Refund please' },
					{ name: 'order_number', value: '1042' },
					{ name: 'amount', value: '19.5' },
					{ name: 'urgent', value: 'true' },
				],
			},
			ticketAttributesJson: '{"_default_description_": "Charged twice"}',
			additionalFields: {
				companyId: '6762f09a1bb69f9f2193bb34',
				createdAt: '2026-01-31T00:00:00Z',
				conversationToLinkId: IDS.conversation,
				adminAssigneeId: IDS.admin,
				teamAssigneeId: IDS.team,
				skipNotifications: true,
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/ticket_types/${IDS.ticketType}`],
			['POST', '/tickets'],
		]);
		expect(requests[1].body).toEqual({
			ticket_type_id: IDS.ticketType,
			contacts: [{ id: IDS.contact }],
			company_id: '6762f09a1bb69f9f2193bb34',
			created_at: 1769817600,
			conversation_to_link_id: IDS.conversation,
			assignment: { admin_assignee_id: IDS.admin, team_assignee_id: IDS.team },
			skip_notifications: true,
			ticket_attributes: {
				_default_title_: 'Refund please',
				order_number: 1042,
				amount: 19.5,
				urgent: true,
				_default_description_: 'Charged twice',
			},
		});
		expect(jsonOf(result)).toEqual([ticket('1296')]);
	});

	it.each([
		['email', { contactEmail: 'ada@example.com' }, { email: 'ada@example.com' }],
		['externalId', { contactExternalId: 'u-42' }, { external_id: 'u-42' }],
	])('identifies the contact by %s', async (contactBy, fields, expected) => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		scope.post('/tickets').reply(200, ticket('1296'));
		await runIntercom({
			...base,
			contactBy,
			...fields,
			ticketAttributesJson: '{"_default_title_": "T", "order_number": 7}',
		});
		expect(requests[1].body).toEqual({
			ticket_type_id: IDS.ticketType,
			contacts: [expected],
			ticket_attributes: { _default_title_: 'T', order_number: 7 },
		});
	});

	it('reads a ticket type once for all the items that create tickets of it', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		scope.post('/tickets').twice().reply(200, ticket('1296'));
		const result = await runIntercom(
			{
				...base,
				contactId: byId(IDS.contact),
				ticketAttributesJson: '{"_default_title_": "T", "order_number": 7}',
			},
			{ input: [{}, {}] },
		);
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/ticket_types/${IDS.ticketType}`],
			['POST', '/tickets'],
			['POST', '/tickets'],
		]);
		expect(jsonOf(result)).toHaveLength(2);
	});

	it('refuses a ticket missing its type’s required attributes, after reading the type and before the create', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		const result = await runIntercom({
			...base,
			contactId: byId(IDS.contact),
			ticketAttributesUi: { attribute: [{ name: '_default_title_', value: '  ' }] },
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(
			'Ticket Attributes: the ticket type "Refund" requires "_default_title_", "order_number" (item 0)',
		);
		expect(requests.map((r) => r.method)).toEqual(['GET']);
	});

	it.each([
		[
			{ name: 'order_number', value: 'ten' },
			'Ticket Attributes › order_number: got text "ten", expected a whole number (item 0)',
		],
		[
			{ name: 'order_number', value: '1.5' },
			'Ticket Attributes › order_number: got text "1.5", expected a whole number (item 0)',
		],
		[
			{ name: 'urgent', value: 'maybe' },
			'Ticket Attributes › urgent: got text "maybe", expected true or false (item 0)',
		],
		[
			{ name: 'colour', value: 'red' },
			'Ticket Attributes › colour: is not an attribute of this ticket type (item 0)',
		],
	])('refuses an attribute value of the wrong type: %j', async (pair, message) => {
		const { scope } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		const result = await runIntercom({
			...base,
			contactId: byId(IDS.contact),
			ticketAttributesUi: { attribute: [pair] },
		});
		expect(result.error?.message).toBe(message);
	});

	it('sends a list attribute one of its options, and refuses another value after reading the type, before the create', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		scope.post('/tickets').reply(200, ticket('1296'));
		const attributes = (priority: string) => ({
			attribute: [
				{ name: '_default_title_', value: 'T' },
				{ name: 'order_number', value: '7' },
				{ name: 'priority', value: priority },
			],
		});
		const create = (priority: string) =>
			runIntercom({
				...base,
				contactBy: 'id',
				contactId: byId(IDS.contact),
				ticketAttributesUi: attributes(priority),
			});
		const sent = await create('High');
		expect(sent.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/ticket_types/${IDS.ticketType}`],
			['POST', '/tickets'],
		]);
		expect((requests[1].body as { ticket_attributes: object }).ticket_attributes).toEqual({
			_default_title_: 'T',
			order_number: 7,
			priority: 'High',
		});

		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		const refused = await create('Urgent');
		expect(refused.error).toBeInstanceOf(NodeOperationError);
		expect(refused.error?.message).toBe(
			'Ticket Attributes › priority: "Urgent" is not one of its options: "Low", "High" (item 0)',
		);
		expect(requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);
	});

	it('refuses invalid attribute JSON before any request', async () => {
		const result = await runIntercom({
			...base,
			contactId: byId(IDS.contact),
			ticketAttributesJson: '{"a": ',
		});
		expect(result.error?.message).toMatch(
			/^Ticket Attributes \(JSON\): is not valid JSON: .+\(item 0\)$/,
		);
	});

	it.each([
		[
			{ adminAssigneeId: 'Ada' },
			'Assignee Admin: "Ada" is not a valid Intercom ID (it is a number) (item 0)',
		],
		[
			{ teamAssigneeId: 'support' },
			'Assignee Team: "support" is not a valid Intercom ID (it is a number) (item 0)',
		],
	])(
		'refuses an assignee that is not an ID before any request: %j',
		async (additionalFields, message) => {
			const result = await runIntercom({ ...base, contactId: byId(IDS.contact), additionalFields });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error?.message).toBe(message);
		},
	);

	it('refuses an invalid contact email before any request', async () => {
		const result = await runIntercom({ ...base, contactBy: 'email', contactEmail: 'not-an-email' });
		expect(result.error?.message).toBe(
			'Contact Email: got text "not-an-email", expected an email address such as name@example.com (item 0)',
		);
	});
});

contractSuite('ticket › create');
