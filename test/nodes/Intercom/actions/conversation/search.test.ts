import { NodeOperationError } from 'n8n-workflow';

import {
	contractSuite,
	conversation,
	fullConversation,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
	simpleConversation,
} from '../../fixtures';

isolateNetwork();

const results = (ids: string[], next?: string) => ({
	type: 'conversation.list',
	conversations: ids.map((id) => conversation(id)),
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

describe('conversation › search', () => {
	it('builds the query from conversation fields, typing numbers, booleans and timestamps, with sort', async () => {
		const { scope, requests } = intercom();
		scope.post('/conversations/search').reply(200, results(['1', '2']));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'search',
			combinator: 'AND',
			filters: {
				conditions: [
					condition('state', 'equals', 'open'),
					condition('read', 'equals', 'false'),
					condition('admin_assignee_id', 'equals', '991267731'),
					condition('team_assignee_id', 'notEquals', '0'),
					condition('tag_ids', 'in', '7522907, 7522908'),
					condition('created_at', 'gte', '2026-01-31T00:00:00Z'),
					condition('updated_at', 'notEquals', '1769817600'),
					condition('source.author.email', 'endsWith', '@example.com'),
					condition('custom_attribute', 'equals', 'billing', { customField: 'Topic' }),
				],
			},
			limit: 20,
			options: { sortField: 'updated_at', sortOrder: 'ascending' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ method: 'POST', path: '/conversations/search', query: {} });
		expect(requests[0].body).toEqual({
			query: {
				operator: 'AND',
				value: [
					{ field: 'state', operator: '=', value: 'open' },
					{ field: 'read', operator: '=', value: false },
					{ field: 'admin_assignee_id', operator: '=', value: 991267731 },
					{ field: 'team_assignee_id', operator: '!=', value: 0 },
					{ field: 'tag_ids', operator: 'IN', value: ['7522907', '7522908'] },
					{ field: 'created_at', operator: '>=', value: 1769817600 },
					{ field: 'updated_at', operator: '!=', value: 1769817600 },
					{ field: 'source.author.email', operator: '$', value: '@example.com' },
					{ field: 'custom_attributes.Topic', operator: '=', value: 'billing' },
				],
			},
			sort: { field: 'updated_at', order: 'ascending' },
			pagination: { per_page: 20 },
		});
		expect(jsonOf(result).map((c) => c.id)).toEqual(['1', '2']);
	});

	it('simplifies the conversations found by default, and returns them raw without Simplify', async () => {
		const { scope } = intercom();
		const found = {
			...results([]),
			conversations: [fullConversation('1'), conversation('2', { source: null })],
		};
		scope.post('/conversations/search').twice().reply(200, found);
		const search = {
			resource: 'conversation',
			operation: 'search',
			filters: { conditions: [condition('open', 'equals', 'true')] },
			limit: 2,
		};
		const simple = await runIntercom(search);
		expect(jsonOf(simple)).toEqual([
			simpleConversation('1'),
			{
				id: '2',
				title: null,
				state: 'open',
				open: true,
				read: false,
				created_at: 1700000000,
				updated_at: 1700000100,
				admin_assignee_id: null,
				team_assignee_id: null,
			},
		]);
		const raw = await runIntercom({ ...search, simple: false });
		expect(jsonOf(raw)).toEqual(found.conversations);
	});

	it('Limit 170: the body cursor, 150 then 20', async () => {
		const { scope, requests } = intercom();
		const many = (p: number, n: number) =>
			Array.from({ length: n }, (_, i) => String(p * 1000 + i));
		scope
			.post('/conversations/search')
			.reply(200, results(many(1, 150), 'cur1'))
			.post('/conversations/search')
			.reply(200, results(many(2, 20), 'cur2'));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'search',
			filters: { conditions: [condition('open', 'equals', 'true')] },
			limit: 170,
		});
		expect(requests.map((r) => (r.body as { pagination: object }).pagination)).toEqual([
			{ per_page: 150 },
			{ per_page: 20, starting_after: 'cur1' },
		]);
		expect(result.items).toHaveLength(170);
	});

	it('Return All pages to the end', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/conversations/search')
			.reply(200, results(['1'], 'cur1'))
			.post('/conversations/search')
			.reply(200, results(['2']));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'search',
			filters: { conditions: [condition('open', 'equals', 'true')] },
			returnAll: true,
		});
		expect(requests).toHaveLength(2);
		expect(requests[0].body).toEqual({
			query: { field: 'open', operator: '=', value: true },
			pagination: { per_page: 150 },
		});
		expect(jsonOf(result).map((c) => c.id)).toEqual(['1', '2']);
	});

	it('sends a raw JSON query with its sort', async () => {
		const { scope, requests } = intercom();
		scope.post('/conversations/search').reply(200, results(['1']));
		const query = {
			operator: 'AND',
			value: [
				{
					operator: 'OR',
					value: [
						{ field: 'open', operator: '=', value: true },
						{ field: 'state', operator: '=', value: 'snoozed' },
					],
				},
				{
					operator: 'OR',
					value: [
						{ field: 'priority', operator: '=', value: 'priority' },
						{ field: 'waiting_since', operator: '<', value: 1769817600 },
					],
				},
			],
		};
		await runIntercom({
			resource: 'conversation',
			operation: 'search',
			queryType: 'json',
			jsonQuery: JSON.stringify({ query, sort: { field: 'created_at', order: 'descending' } }),
			limit: 5,
		});
		expect(requests[0].body).toEqual({
			query,
			sort: { field: 'created_at', order: 'descending' },
			pagination: { per_page: 5 },
		});
	});

	it.each([
		[
			condition('admin_assignee_id', 'equals', 'bob'),
			'Filters › condition 1: got text "bob", expected a number (item 0)',
		],
		[
			condition('read', 'equals', 'yes'),
			'Filters › condition 1: got text "yes", expected true or false (item 0)',
		],
		[
			condition('waiting_since', 'lt', 'tomorrow'),
			'Filters › condition 1: got text "tomorrow", expected a date: ISO 8601 such as 2026-01-31 or 2026-01-31T12:00:00Z, or Unix seconds (item 0)',
		],
	])('refuses a condition of the wrong type before any request: %j', async (cond, message) => {
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'search',
			filters: { conditions: [cond] },
			limit: 5,
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
	});

	it('refuses invalid JSON in the query', async () => {
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'search',
			queryType: 'json',
			jsonQuery: '{"query": [',
			limit: 5,
		});
		expect(result.error?.message).toMatch(/^JSON Query: is not valid JSON: .+\(item 0\)$/);
	});
});

contractSuite('conversation › search');
