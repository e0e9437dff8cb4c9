import {
	byId,
	byList,
	contractSuite,
	fullTicket,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
	simpleTicket,
	ticket,
} from '../../fixtures';

isolateNetwork();

describe('ticket › get', () => {
	it('GETs /tickets/{id} and simplifies it: state, type, contacts and tags flattened', async () => {
		const { scope, requests } = intercom();
		scope.get(`/tickets/${IDS.ticket}`).reply(200, fullTicket(IDS.ticket));
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'get',
			ticketId: byList(IDS.ticket),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: `/tickets/${IDS.ticket}`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([simpleTicket(IDS.ticket)]);
	});

	it('simplifies a ticket whose nested objects are missing or null without failing', async () => {
		const { scope } = intercom();
		// ticket(): a state without internal_label, no type, contacts or tags.
		scope.get('/tickets/1').reply(200, ticket('1'));
		scope.get('/tickets/2').reply(
			200,
			ticket('2', {
				ticket_state: null,
				ticket_type: null,
				contacts: { type: 'contact.list' },
				tags: null,
			}),
		);
		scope
			.get('/tickets/3')
			.reply(200, ticket('3', { ticket_state: 'submitted', ticket_attributes: null }));
		const result = await runIntercom(
			{ resource: 'ticket', operation: 'get', ticketId: byId('={{ $json.id }}') },
			{ input: [{ id: '1' }, { id: '2' }, { id: '3' }] },
		);
		expect(result.error).toBeUndefined();
		const attributes = (id: string) => ({
			_default_title_: `Ticket ${id}`,
			_default_description_: 'Broken',
		});
		const top = {
			category: 'Customer',
			open: true,
			created_at: 1700000000,
			updated_at: 1700000100,
		};
		expect(jsonOf(result)).toEqual([
			{
				id: '1',
				ticket_id: '10',
				...top,
				ticket_attributes: attributes('1'),
				ticket_state: 'submitted',
				ticket_state_id: '8498',
			},
			{ id: '2', ticket_id: '20', ...top, ticket_attributes: attributes('2') },
			{ id: '3', ticket_id: '30', ...top, ticket_attributes: null, ticket_state: 'submitted' },
		]);
	});

	it('returns the raw ticket without Simplify', async () => {
		const { scope, requests } = intercom();
		scope.get(`/tickets/${IDS.ticket}`).reply(200, ticket(IDS.ticket));
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'get',
			ticketId: byList(IDS.ticket),
			simple: false,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: `/tickets/${IDS.ticket}`,
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([ticket(IDS.ticket)]);
	});

	it('refuses an ID with characters Intercom IDs never have', async () => {
		const result = await runIntercom(
			{ resource: 'ticket', operation: 'get', ticketId: byId('={{ $json.id }}') },
			{ input: [{ id: '12/../admins' }] },
		);
		expect(result.error?.message).toBe(
			'Ticket: "12/../admins" is not a valid Intercom ID (item 0)',
		);
	});
});

contractSuite('ticket › get');
