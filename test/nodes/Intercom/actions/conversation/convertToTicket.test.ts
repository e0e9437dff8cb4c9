import { byId, contractSuite, IDS, intercom, isolateNetwork, jsonOf, runIntercom, ticket } from '../../fixtures';

isolateNetwork();

describe('conversation › convertToTicket', () => {
	it('POSTs /convert with the type, state and attributes', async () => {
		const { scope, requests } = intercom();
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

	it('with only the type', async () => {
		const { scope, requests } = intercom();
		scope.post(`/conversations/${IDS.conversation}/convert`).reply(200, ticket('1296'));
		await runIntercom({ resource: 'conversation', operation: 'convertToTicket', conversationId: byId(IDS.conversation), ticketTypeId: IDS.ticketType });
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
		expect(result.error?.message).toBe('Ticket Attributes (JSON): must be a JSON object, e.g. {"plan": "pro"} (item 0)');
	});
});

contractSuite('conversation › convertToTicket');
