import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import { runListSearch, runLoadOptions } from '../../../harness/run-method';
import {
	accessTokenCredentials,
	contractSuite,
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

describe('pickers › searchTrackerTickets', () => {
	it('searches tracker tickets only, recently updated ones without a filter', async () => {
		const { scope, requests } = intercom();
		scope.post('/tickets/search').reply(200, {
			type: 'ticket.list',
			tickets: [ticket('12', { category: 'Tracker' })],
			pages: {},
		});
		const result = await runListSearch({ ...base, method: 'searchTrackerTickets' });
		expect(requests[0].body).toEqual({
			query: {
				operator: 'AND',
				value: [
					{ field: 'category', operator: '=', value: 'tracker' },
					{ field: 'updated_at', operator: '>', value: 0 },
				],
			},
			pagination: { per_page: 50 },
		});
		expect(result).toEqual({
			results: [{ name: '#120 Ticket 12', value: '12' }],
			paginationToken: undefined,
		});
	});

	it('with a filter, trackers whose title has it or whose ID is it', async () => {
		const { scope, requests } = intercom();
		scope.post('/tickets/search').reply(200, { type: 'ticket.list', tickets: [], pages: {} });
		await runListSearch({
			...base,
			method: 'searchTrackerTickets',
			filter: 'outage',
			paginationToken: 'c1',
		});
		expect(requests[0].body).toEqual({
			query: {
				operator: 'OR',
				value: [
					{
						operator: 'AND',
						value: [
							{ field: 'category', operator: '=', value: 'tracker' },
							{ field: 'title', operator: '~', value: 'outage' },
						],
					},
					{
						operator: 'AND',
						value: [
							{ field: 'category', operator: '=', value: 'tracker' },
							{ field: 'id', operator: '=', value: 'outage' },
						],
					},
				],
			},
			pagination: { per_page: 50, starting_after: 'c1' },
		});
	});
});

describe('pickers › searchLinkedConversations', () => {
	const tracker = ticket('1301', {
		category: 'Tracker',
		linked_objects: {
			type: 'list',
			total_count: 3,
			has_more: false,
			data: [
				{ type: 'conversation', id: '204', category: null },
				{ type: 'ticket', id: '207', category: 'Customer' },
				{ type: 'conversation', id: '305', category: null },
			],
		},
	});

	it('lists the conversations and customer tickets linked to the chosen tracker', async () => {
		const { scope, requests } = intercom();
		scope.get('/tickets/1301').reply(200, tracker);
		const result = await runListSearch({
			...base,
			parameters: {
				resource: 'ticket',
				operation: 'unlinkConversation',
				ticketId: { __rl: true, mode: 'list', value: '1301' },
			},
			method: 'searchLinkedConversations',
		});
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /tickets/1301']);
		expect(result).toEqual({
			results: [
				{ name: 'Conversation 204', value: '204' },
				{ name: 'Customer ticket 207', value: '207' },
				{ name: 'Conversation 305', value: '305' },
			],
		});
	});

	it('filters by ID', async () => {
		const { scope } = intercom();
		scope.get('/tickets/1301').reply(200, tracker);
		const result = await runListSearch({
			...base,
			parameters: {
				resource: 'ticket',
				operation: 'unlinkConversation',
				ticketId: { __rl: true, mode: 'id', value: '1301' },
			},
			method: 'searchLinkedConversations',
			filter: '30',
		});
		expect(result.results).toEqual([{ name: 'Conversation 305', value: '305' }]);
	});

	it('asks nothing until a ticket is chosen (or when its ID is not one)', async () => {
		for (const value of ['', '../1']) {
			expect(
				await runListSearch({
					...base,
					parameters: {
						resource: 'ticket',
						operation: 'unlinkConversation',
						ticketId: { __rl: true, mode: 'id', value },
					},
					method: 'searchLinkedConversations',
				}),
			).toEqual({ results: [] });
		}
	});
});

describe('load options › getTicketTypeStates', () => {
	it('the chosen type’s states, in Intercom’s order, with category and customer label', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, {
			type: 'ticket_type',
			id: IDS.ticketType,
			ticket_type_attributes: { type: 'list', data: [] },
			ticket_states: {
				type: 'list',
				data: [
					{
						type: 'ticket_state',
						id: '8503',
						category: 'waiting_on_customer',
						internal_label: 'Waiting on customer',
						external_label: 'Waiting on you',
					},
					{
						type: 'ticket_state',
						id: '8501',
						category: 'submitted',
						internal_label: 'Submitted',
						external_label: 'Submitted',
					},
				],
			},
		});
		const options = await runLoadOptions({
			...base,
			parameters: { resource: 'ticket', operation: 'changeType', ticketTypeId: IDS.ticketType },
			method: 'getTicketTypeStates',
		});
		expect(requests[0].path).toBe(`/ticket_types/${IDS.ticketType}`);
		expect(options).toEqual([
			{
				name: 'Waiting on customer (waiting_on_customer)',
				value: '8503',
				description: 'Shown to customers as "Waiting on you"',
			},
			{ name: 'Submitted (submitted)', value: '8501', description: undefined },
		]);
	});

	it('asks nothing without a chosen type', async () => {
		expect(
			await runLoadOptions({
				...base,
				parameters: { resource: 'ticket', operation: 'changeType' },
				method: 'getTicketTypeStates',
			}),
		).toEqual([]);
	});
});

describe('load options › getTicketTypesWithArchived', () => {
	it('every type by name, archived ones marked', async () => {
		const { scope } = intercom();
		scope.get('/ticket_types').reply(200, {
			type: 'list',
			data: [
				{ type: 'ticket_type', id: '2', name: 'Refund', category: 'Customer' },
				{ type: 'ticket_type', id: '3', name: 'Old', category: 'Tracker', archived: true },
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getTicketTypesWithArchived' })).toEqual([
			{ name: 'Old (Tracker) (archived)', value: '3', description: undefined },
			{ name: 'Refund (Customer)', value: '2', description: undefined },
		]);
	});
});

describe('load options › getTicketTypeAttributeIds', () => {
	it('the chosen type’s attributes by ID, built-in and archived ones marked', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, {
			type: 'ticket_type',
			id: IDS.ticketType,
			ticket_type_attributes: {
				type: 'list',
				data: [
					{ id: '1', name: '_default_title_', data_type: 'string', default: true },
					{
						id: '2',
						name: 'Priority',
						data_type: 'list',
						input_options: { list_options: [{ id: 'a', label: 'Low' }] },
					},
					{ id: '3', name: 'Old', data_type: 'integer', archived: true, description: 'Gone' },
				],
			},
		});
		const options = await runLoadOptions({
			...base,
			parameters: {
				resource: 'ticketTypeAttribute',
				operation: 'update',
				ticketTypeId: IDS.ticketType,
			},
			method: 'getTicketTypeAttributeIds',
		});
		expect(requests.map((r) => r.path)).toEqual([`/ticket_types/${IDS.ticketType}`]);
		expect(options).toEqual([
			{ name: 'Old (integer, archived)', value: '3', description: 'Gone' },
			{ name: 'Priority (list)', value: '2', description: 'One of: Low' },
			{ name: 'Title (string, built in)', value: '1', description: undefined },
		]);
	});

	it('asks nothing without a chosen type', async () => {
		expect(
			await runLoadOptions({
				...base,
				parameters: { resource: 'ticketTypeAttribute', operation: 'update' },
				method: 'getTicketTypeAttributeIds',
			}),
		).toEqual([]);
	});
});

contractSuite('pickers › tickets');
