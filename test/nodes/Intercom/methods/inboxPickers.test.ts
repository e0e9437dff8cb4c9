import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import { runListSearch, runLoadOptions } from '../../../harness/run-method';
import {
	accessTokenCredentials,
	contractSuite,
	conversation,
	IDS,
	intercom,
	isolateNetwork,
	ticket,
} from '../fixtures';

isolateNetwork();

const base = {
	node: new Intercom(),
	credentials: { intercomAccessTokenApi: accessTokenCredentials() },
	credentialTypes: [new IntercomAccessTokenApi()],
};

describe('pickers › searchConversations', () => {
	it('without a filter lists recent conversations, 50 a page, labelled by title, subject or body and author', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/conversations')
			.query({ per_page: '50', starting_after: 'cur0' })
			.reply(200, {
				type: 'conversation.list',
				conversations: [
					conversation('1', { title: 'Refund' }),
					conversation('2', {
						source: {
							subject: '<b>Invoice</b> question',
							body: '',
							author: { name: null, email: 'bob@example.com' },
						},
					}),
					conversation('3', {
						source: {
							subject: '',
							body: '<p>Hello&nbsp;there, I need help with a very long message that goes on and on</p>',
							author: {},
						},
					}),
					conversation('4', { source: {} }),
				],
				pages: { type: 'pages', next: { starting_after: 'cur1' } },
			});
		const result = await runListSearch({
			...base,
			method: 'searchConversations',
			paginationToken: 'cur0',
		});
		expect(requests).toHaveLength(1);
		expect(result).toEqual({
			results: [
				{ name: 'Refund (Ada)', value: '1' },
				{ name: 'Invoice question (bob@example.com)', value: '2' },
				{ name: 'Hello there, I need help with a very long message that goes…', value: '3' },
				{ name: 'Conversation 4', value: '4' },
			],
			paginationToken: 'cur1',
		});
	});

	it('with a filter searches subject and author server-side, and the ID when it is a number', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/conversations/search')
			.twice()
			.reply(200, { type: 'conversation.list', conversations: [conversation('5')], pages: {} });
		await runListSearch({ ...base, method: 'searchConversations', filter: ' refund ' });
		await runListSearch({
			...base,
			method: 'searchConversations',
			filter: '5',
			paginationToken: 'cur2',
		});
		const fields = [
			{ field: 'source.subject', operator: '~' },
			{ field: 'source.author.name', operator: '~' },
			{ field: 'source.author.email', operator: '~' },
		];
		expect(requests[0].body).toEqual({
			query: { operator: 'OR', value: fields.map((f) => ({ ...f, value: 'refund' })) },
			pagination: { per_page: 50 },
		});
		expect(requests[1].body).toEqual({
			query: {
				operator: 'OR',
				value: [
					{ field: 'id', operator: '=', value: '5' },
					...fields.map((f) => ({ ...f, value: '5' })),
				],
			},
			pagination: { per_page: 50, starting_after: 'cur2' },
		});
	});
});

describe('pickers › searchTickets', () => {
	it('lists recently updated tickets by number and title', async () => {
		const { scope, requests } = intercom();
		scope.post('/tickets/search').reply(200, {
			type: 'ticket.list',
			tickets: [ticket('12'), ticket('13', { ticket_id: null, ticket_attributes: {} })],
			pages: { next: { starting_after: 'c1' } },
		});
		const result = await runListSearch({ ...base, method: 'searchTickets' });
		expect(requests[0].body).toEqual({
			query: { field: 'updated_at', operator: '>', value: 0 },
			pagination: { per_page: 50 },
		});
		expect(result).toEqual({
			results: [
				{ name: '#120 Ticket 12', value: '12' },
				{ name: 'Ticket 13', value: '13' },
			],
			paginationToken: 'c1',
		});
	});

	it('with a filter searches the title and the ID', async () => {
		const { scope, requests } = intercom();
		scope.post('/tickets/search').reply(200, { type: 'ticket.list', tickets: [], pages: {} });
		const result = await runListSearch({
			...base,
			method: 'searchTickets',
			filter: 'refund',
			paginationToken: 'c1',
		});
		expect(requests[0].body).toEqual({
			query: {
				operator: 'OR',
				value: [
					{ field: 'title', operator: '~', value: 'refund' },
					{ field: 'id', operator: '=', value: 'refund' },
				],
			},
			pagination: { per_page: 50, starting_after: 'c1' },
		});
		expect(result).toEqual({ results: [], paginationToken: undefined });
	});
});

describe('load options › inbox', () => {
	it('getTicketTypes: live types by name with category', async () => {
		const { scope } = intercom();
		scope.get('/ticket_types').reply(200, {
			type: 'list',
			data: [
				{
					type: 'ticket_type',
					id: '2',
					name: 'Refund',
					category: 'Customer',
					description: 'Money back',
				},
				{ type: 'ticket_type', id: '1', name: 'Bug', category: 'Tracker', description: '' },
				{ type: 'ticket_type', id: '3', name: 'Old', category: 'Customer', archived: true },
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getTicketTypes' })).toEqual([
			{ name: 'Bug (Tracker)', value: '1', description: undefined },
			{ name: 'Refund (Customer)', value: '2', description: 'Money back' },
		]);
	});

	it('getTicketStates: live states by internal label and category', async () => {
		const { scope } = intercom();
		scope.get('/ticket_states').reply(200, {
			type: 'list',
			data: [
				{
					type: 'ticket_state',
					id: '8498',
					category: 'submitted',
					internal_label: 'Submitted',
					external_label: 'Received',
				},
				{
					type: 'ticket_state',
					id: '8499',
					category: 'in_progress',
					internal_label: 'In progress',
				},
				{
					type: 'ticket_state',
					id: '8500',
					category: 'resolved',
					internal_label: 'Gone',
					archived: true,
				},
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getTicketStates' })).toEqual([
			{ name: 'In progress (in_progress)', value: '8499' },
			{ name: 'Submitted (submitted)', value: '8498' },
		]);
	});

	it('getTicketTypeAttributes: the chosen type’s live attributes, required ones marked', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, {
			type: 'ticket_type',
			id: IDS.ticketType,
			ticket_type_attributes: {
				type: 'list',
				data: [
					{ name: '_default_title_', data_type: 'string', required_to_create: true },
					{
						name: 'order_number',
						data_type: 'integer',
						required_to_create: false,
						description: 'Shop order',
					},
					{ name: 'old', data_type: 'string', archived: true },
					{
						name: 'priority',
						data_type: 'list',
						input_options: {
							list_options: [
								{ id: 'p1', label: 'Low' },
								{ id: 'p2', label: 'High' },
							],
						},
					},
				],
			},
		});
		const options = await runLoadOptions({
			...base,
			parameters: { resource: 'ticket', operation: 'create', ticketTypeId: IDS.ticketType },
			method: 'getTicketTypeAttributes',
		});
		expect(requests[0].path).toBe(`/ticket_types/${IDS.ticketType}`);
		expect(options).toEqual([
			{ name: 'order_number (integer)', value: 'order_number', description: 'Shop order' },
			{ name: 'priority (list)', value: 'priority', description: 'One of: Low, High' },
			{ name: 'Title (string, required)', value: '_default_title_', description: undefined },
		]);
	});

	it('getTicketTypeAttributes without a chosen type asks nothing', async () => {
		expect(
			await runLoadOptions({
				...base,
				parameters: { resource: 'ticket', operation: 'create' },
				method: 'getTicketTypeAttributes',
			}),
		).toEqual([]);
	});

	it('getConversationCustomAttributes: live conversation attributes, relationships left out', async () => {
		const { scope } = intercom();
		scope.get('/conversations/attributes').reply(200, {
			type: 'list',
			data: [
				{
					type: 'conversation_attribute',
					id: 3,
					name: 'Topic',
					data_type: 'string',
					archived: false,
					description: '',
				},
				{
					type: 'conversation_attribute',
					id: 4,
					name: 'Seats',
					data_type: 'integer',
					archived: false,
					description: 'How many',
				},
				{ type: 'conversation_attribute', id: 5, name: 'Old', data_type: 'string', archived: true },
				{
					type: 'conversation_attribute',
					id: 6,
					name: 'Ref',
					data_type: 'relationship',
					archived: false,
				},
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getConversationCustomAttributes' })).toEqual([
			{ name: 'Seats (integer)', value: 'Seats', description: 'How many' },
			{ name: 'Topic (string)', value: 'Topic', description: undefined },
		]);
	});
});

contractSuite('inbox pickers');
