import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const typeRef = (id: string) => ({
	type: 'ticket_type',
	id,
	name: `Type ${id}`,
	category: 'Customer',
});

const states = [
	{
		type: 'ticket_state',
		id: '8269',
		category: 'submitted',
		internal_label: 'Submitted',
		external_label: 'Submitted',
		archived: false,
		ticket_types: { type: 'list', data: [typeRef('55'), typeRef('56')] },
	},
	{
		type: 'ticket_state',
		id: '8270',
		category: 'in_progress',
		internal_label: 'In progress',
		external_label: 'In progress',
		archived: false,
		ticket_types: { type: 'list', data: [typeRef('55')] },
	},
	{
		type: 'ticket_state',
		id: '8273',
		category: 'in_progress',
		internal_label: 'With dev team',
		external_label: 'In progress',
		archived: false,
		ticket_types: { type: 'list', data: [typeRef('56')] },
	},
	{
		type: 'ticket_state',
		id: '8280',
		category: 'resolved',
		internal_label: 'Old',
		external_label: 'Old',
		archived: true,
		ticket_types: { type: 'list', data: [typeRef('55')] },
	},
];

const base = { resource: 'ticketState', operation: 'getAll', returnAll: true };

describe('ticketState › getAll', () => {
	it('GETs /ticket_states once and returns the live states, simplified', async () => {
		const { scope, requests } = intercom();
		scope.get('/ticket_states').reply(200, { type: 'list', data: states });
		const result = await runIntercom(base);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/ticket_states',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([
			{
				id: '8269',
				category: 'submitted',
				internal_label: 'Submitted',
				external_label: 'Submitted',
				archived: false,
				ticket_type_ids: ['55', '56'],
			},
			{
				id: '8270',
				category: 'in_progress',
				internal_label: 'In progress',
				external_label: 'In progress',
				archived: false,
				ticket_type_ids: ['55'],
			},
			{
				id: '8273',
				category: 'in_progress',
				internal_label: 'With dev team',
				external_label: 'In progress',
				archived: false,
				ticket_type_ids: ['56'],
			},
		]);
		expect(result.items.every((item) => item.pairedItem !== undefined)).toBe(true);
	});

	it('Simplify off gives Intercom’s states whole; Include Archived keeps archived ones', async () => {
		const { scope } = intercom();
		scope.get('/ticket_states').reply(200, { type: 'list', data: states });
		const result = await runIntercom({
			...base,
			simple: false,
			filters: { includeArchived: true },
		});
		expect(jsonOf(result)).toEqual(states);
	});

	it('filters by ticket type and by category, then applies the Limit', async () => {
		const { scope } = intercom();
		scope.get('/ticket_states').times(3).reply(200, { type: 'list', data: states });
		const ofType = await runIntercom({ ...base, filters: { ticketTypeId: '56' } });
		expect(jsonOf(ofType).map((s) => s.id)).toEqual(['8269', '8273']);
		const inProgress = await runIntercom({ ...base, filters: { category: 'in_progress' } });
		expect(jsonOf(inProgress).map((s) => s.id)).toEqual(['8270', '8273']);
		const limited = await runIntercom({
			resource: 'ticketState',
			operation: 'getAll',
			limit: 1,
			filters: { category: 'in_progress' },
		});
		expect(jsonOf(limited).map((s) => s.id)).toEqual(['8270']);
	});

	it('states Intercom lists without their types are kept by the ticket type filter', async () => {
		const { scope } = intercom();
		const bare = states.map((state) => {
			const copy: Record<string, unknown> = { ...state };
			delete copy.ticket_types;
			return copy;
		});
		scope.get('/ticket_states').reply(200, { type: 'list', data: bare });
		const result = await runIntercom({ ...base, filters: { ticketTypeId: '56' } });
		expect(jsonOf(result).map((s) => s.id)).toEqual(['8269', '8270', '8273']);
	});

	it.each([
		[
			{ filters: { category: '={{ "open" }}' } },
			'Category: got text "open", expected one of "submitted", "in_progress", "waiting_on_customer", "resolved" (item 0)',
		],
		[
			{ filters: { ticketTypeId: '={{ "../5" }}' } },
			'Ticket Type: "../5" is not a valid Intercom ID (item 0)',
		],
		[
			{ filters: { includeArchived: '={{ 2 }}' } },
			'Include Archived: got the number 2, expected true or false (item 0)',
		],
		[
			{ returnAll: false, limit: 0 },
			'Limit: got the number 0, expected a whole number of at least 1 (item 0)',
		],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
	});

	it('an answer without its list is an error, not an empty list', async () => {
		const { scope } = intercom();
		scope.get('/ticket_states').reply(200, { type: 'list' });
		const result = await runIntercom(base);
		expect(result.error).toBeDefined();
		expect(result.error).not.toBeInstanceOf(NodeOperationError);
	});

	it('passes Intercom’s 401 through', async () => {
		const { scope } = intercom();
		scope.get('/ticket_states').reply(401, {
			type: 'error.list',
			request_id: 'r1',
			errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
		});
		const result = await runIntercom(base);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toContain('Access Token Invalid');
	});
});

contractSuite('ticketState › getAll');
