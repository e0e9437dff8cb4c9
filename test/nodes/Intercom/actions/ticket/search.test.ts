import { NodeOperationError } from 'n8n-workflow';

import {
	contractSuite,
	fullTicket,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
	simpleTicket,
	ticket,
} from '../../fixtures';

isolateNetwork();

const results = (ids: string[], next?: string) => ({
	type: 'ticket.list',
	tickets: ids.map((id) => ticket(id)),
	total_count: 300,
	pages: {
		type: 'pages',
		page: 1,
		per_page: ids.length,
		total_pages: 3,
		...(next ? { next: { page: 2, starting_after: next } } : {}),
	},
});
const condition = (field: string, operator: string, value: string, extra: object = {}) => ({
	field,
	operator,
	value,
	...extra,
});

describe('ticket › search', () => {
	it('builds the query from ticket fields; custom fields are ticket_attribute.{id}', async () => {
		const { scope, requests } = intercom();
		scope.post('/tickets/search').reply(200, results(['1', '2']));
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'search',
			combinator: 'OR',
			filters: {
				conditions: [
					condition('open', 'equals', 'true'),
					condition('category', 'equals', 'request'),
					condition('created_at', 'gt', '2026-01-31T00:00:00Z'),
					condition('custom_attribute', 'equals', 'EU', { customField: '1234' }),
				],
			},
			limit: 10,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/tickets/search',
				query: {},
				body: {
					query: {
						operator: 'OR',
						value: [
							{ field: 'open', operator: '=', value: true },
							{ field: 'category', operator: '=', value: 'request' },
							{ field: 'created_at', operator: '>', value: 1769817600 },
							{ field: 'ticket_attribute.1234', operator: '=', value: 'EU' },
						],
					},
					pagination: { per_page: 10 },
				},
			}),
		]);
		expect(jsonOf(result).map((t) => t.id)).toEqual(['1', '2']);
	});

	it('simplifies the tickets found by default, and returns them raw without Simplify', async () => {
		const { scope } = intercom();
		const found = {
			...results([]),
			tickets: [
				fullTicket('1'),
				ticket('2', {
					ticket_state: {
						type: 'ticket_state',
						id: '7',
						category: 'resolved',
						internal_label: null,
					},
				}),
			],
		};
		scope.post('/tickets/search').twice().reply(200, found);
		const search = {
			resource: 'ticket',
			operation: 'search',
			filters: { conditions: [condition('open', 'equals', 'true')] },
			limit: 2,
		};
		const simple = await runIntercom(search);
		expect(jsonOf(simple)).toEqual([
			simpleTicket('1'),
			{
				id: '2',
				ticket_id: '20',
				category: 'Customer',
				ticket_attributes: { _default_title_: 'Ticket 2', _default_description_: 'Broken' },
				ticket_state: 'resolved',
				ticket_state_id: '7',
				open: true,
				created_at: 1700000000,
				updated_at: 1700000100,
			},
		]);
		const raw = await runIntercom({ ...search, simple: false });
		expect(jsonOf(raw)).toEqual(found.tickets);
	});

	it('Return All follows the body cursor', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/tickets/search')
			.reply(200, results(['1'], 'cur1'))
			.post('/tickets/search')
			.reply(200, results(['2']));
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'search',
			queryType: 'json',
			jsonQuery: '{"field": "state", "operator": "=", "value": "submitted"}',
			returnAll: true,
		});
		expect(requests.map((r) => r.body)).toEqual([
			{
				query: { field: 'state', operator: '=', value: 'submitted' },
				pagination: { per_page: 150 },
			},
			{
				query: { field: 'state', operator: '=', value: 'submitted' },
				pagination: { per_page: 150, starting_after: 'cur1' },
			},
		]);
		expect(result.items).toHaveLength(2);
	});

	it('refuses a sort, which ticket search does not take', async () => {
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'search',
			queryType: 'json',
			jsonQuery: JSON.stringify({
				query: { field: 'open', operator: '=', value: true },
				sort: { field: 'created_at', order: 'ascending' },
			}),
			limit: 5,
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(
			'JSON Query: Intercom does not sort this search; remove "sort" (item 0)',
		);
	});

	it('refuses a search without conditions', async () => {
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'search',
			filters: {},
			limit: 5,
		});
		expect(result.error?.message).toBe(
			'Filters: add at least one condition, or use a JSON query (item 0)',
		);
	});
});

contractSuite('ticket › search');
