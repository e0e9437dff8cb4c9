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

const ticketType = {
	type: 'ticket_type',
	id: IDS.ticketType,
	name: 'Refund',
	ticket_type_attributes: {
		type: 'list',
		data: [
			{
				type: 'ticket_type_attribute',
				id: 'a1',
				name: '_default_title_',
				data_type: 'string',
				archived: false,
			},
			{
				type: 'ticket_type_attribute',
				id: 'a2',
				name: 'order_number',
				data_type: 'integer',
				archived: false,
			},
			{
				type: 'ticket_type_attribute',
				id: 'a3',
				name: 'urgent',
				data_type: 'boolean',
				archived: false,
			},
		],
	},
};

describe('conversation › convertToTicket', () => {
	it('POSTs /convert with the type, state and attributes', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		scope.post(`/conversations/${IDS.conversation}/convert`).reply(200, ticket('1296'));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'convertToTicket',
			conversationId: byId(IDS.conversation),
			ticketTypeId: IDS.ticketType,
			additionalFields: {
				ticketStateId: '8498',
				ticketAttributesUi: { attribute: [{ name: '_default_title_', value: 'Refund' }] },
				ticketAttributesJson: '{"order_number": 1042}',
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: `/ticket_types/${IDS.ticketType}` }),
			expect.objectContaining({
				method: 'POST',
				path: `/conversations/${IDS.conversation}/convert`,
				query: {},
				body: {
					ticket_type_id: IDS.ticketType,
					ticket_state_id: '8498',
					attributes: { _default_title_: 'Refund', order_number: 1042 },
				},
			}),
		]);
		expect(jsonOf(result)[0]).toMatchObject({ type: 'ticket', id: '1296' });
	});

	it('types attribute pairs by the ticket type, as Create does, and refuses names the type lacks', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).twice().reply(200, ticketType);
		scope.post(`/conversations/${IDS.conversation}/convert`).reply(200, ticket('1296'));
		const convert = (attribute: Array<{ name: string; value: string }>) =>
			runIntercom({
				resource: 'conversation',
				operation: 'convertToTicket',
				conversationId: byId(IDS.conversation),
				ticketTypeId: IDS.ticketType,
				additionalFields: { ticketAttributesUi: { attribute } },
			});
		const ok = await convert([
			{ name: 'order_number', value: '1042' },
			{ name: 'urgent', value: 'true' },
		]);
		expect(ok.error).toBeUndefined();
		expect(requests[1].body).toEqual({
			ticket_type_id: IDS.ticketType,
			attributes: { order_number: 1042, urgent: true },
		});
		const refused = await convert([{ name: 'colour', value: 'red' }]);
		expect(refused.error?.message).toBe(
			'Ticket Attributes › colour: is not an attribute of this ticket type (item 0)',
		);
		expect(requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);
	});

	it('with only the type', async () => {
		const { scope, requests } = intercom();
		scope.post(`/conversations/${IDS.conversation}/convert`).reply(200, ticket('1296'));
		await runIntercom({
			resource: 'conversation',
			operation: 'convertToTicket',
			conversationId: byId(IDS.conversation),
			ticketTypeId: IDS.ticketType,
		});
		expect(requests[0].body).toEqual({ ticket_type_id: IDS.ticketType });
	});

	it('refuses attributes that are not a JSON object', async () => {
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'convertToTicket',
			conversationId: byId(IDS.conversation),
			ticketTypeId: IDS.ticketType,
			additionalFields: { ticketAttributesJson: '[1, 2]' },
		});
		expect(result.error?.message).toBe(
			'Ticket Attributes (JSON): must be a JSON object, e.g. {"plan": "pro"} (item 0)',
		);
	});
});

contractSuite('conversation › convertToTicket');
