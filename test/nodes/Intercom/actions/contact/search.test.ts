import { NodeOperationError } from 'n8n-workflow';

import {
	contact,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const results = (ids: string[], next?: string) => ({
	type: 'list',
	data: ids.map((id) => contact(id)),
	total_count: 500,
	pages: {
		type: 'pages',
		page: 1,
		per_page: ids.length,
		total_pages: 4,
		...(next ? { next: { page: 2, starting_after: next } } : {}),
	},
});
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

const condition = (field: string, operator: string, value: string, extra: object = {}) => ({
	field,
	operator,
	value,
	...extra,
});

describe('contact › search', () => {
	it('builds an AND group from the filters, typing dates and booleans, with sort and a page size of the Limit', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts/search').reply(200, results(['c1', 'c2']));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			combinator: 'AND',
			filters: {
				conditions: [
					condition('role', 'equals', 'user'),
					condition('created_at', 'gt', '2026-01-31T00:00:00Z'),
					condition('unsubscribed_from_emails', 'equals', 'false'),
					condition('email_domain', 'in', 'example.com, example.org'),
					condition('custom_attribute', 'gt', '10', {
						customField: 'seats',
						customType: 'integer',
					}),
				],
			},
			limit: 10,
			options: { sortField: 'created_at', sortOrder: 'ascending' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ method: 'POST', path: '/contacts/search', query: {} });
		expect(requests[0].body).toEqual({
			query: {
				operator: 'AND',
				value: [
					{ field: 'role', operator: '=', value: 'user' },
					{ field: 'created_at', operator: '>', value: 1769817600 },
					{ field: 'unsubscribed_from_emails', operator: '=', value: false },
					{ field: 'email_domain', operator: 'IN', value: ['example.com', 'example.org'] },
					{ field: 'custom_attributes.seats', operator: '>', value: 10 },
				],
			},
			sort: { field: 'created_at', order: 'ascending' },
			pagination: { per_page: 10 },
		});
		expect(jsonOf(result).map((c) => c.id)).toEqual(['c1', 'c2']);
	});

	it('a date without a zone means midnight in the workflow’s timezone', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts/search').reply(200, results(['c1']));
		await runIntercom(
			{
				resource: 'contact',
				operation: 'search',
				filters: { conditions: [condition('created_at', 'equals', '2026-01-31')] },
				limit: 5,
			},
			{ timezone: 'America/New_York' },
		);
		expect(requests[0].body).toMatchObject({
			query: {
				field: 'created_at',
				operator: '=',
				value: Date.parse('2026-01-31T05:00:00Z') / 1000,
			},
		});
	});

	it('a single condition is sent as a single filter', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts/search').reply(200, results(['c1']));
		await runIntercom({
			resource: 'contact',
			operation: 'search',
			combinator: 'OR',
			filters: { conditions: [condition('email', 'contains', 'ada')] },
			limit: 50,
		});
		expect(requests[0].body).toEqual({
			query: { field: 'email', operator: '~', value: 'ada' },
			pagination: { per_page: 50 },
		});
	});

	it('Limit 170 makes exactly 2 requests with the cursor in the body: 150, then 20', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/contacts/search')
			.reply(200, results(ids('a', 150), 'cur1'))
			.post('/contacts/search')
			.reply(200, results(ids('b', 20), 'cur2'));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			filters: { conditions: [condition('role', 'equals', 'lead')] },
			limit: 170,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => (r.body as { pagination: object }).pagination)).toEqual([
			{ per_page: 150 },
			{ per_page: 20, starting_after: 'cur1' },
		]);
		expect(result.items).toHaveLength(170);
	});

	it('Return All follows the body cursor to the end', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/contacts/search')
			.reply(200, results(ids('a', 150), 'cur1'))
			.post('/contacts/search')
			.reply(200, results(ids('b', 150), 'cur2'))
			.post('/contacts/search')
			.reply(200, results(ids('c', 1)));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			filters: { conditions: [condition('role', 'equals', 'lead')] },
			returnAll: true,
		});
		expect(requests).toHaveLength(3);
		expect(result.items).toHaveLength(301);
	});

	it('sends a raw JSON query with nested groups and its sort', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts/search').reply(200, results(['c1']));
		const query = {
			operator: 'AND',
			value: [
				{
					operator: 'OR',
					value: [
						{ field: 'email', operator: '$', value: '@a.com' },
						{ field: 'email', operator: '$', value: '@b.com' },
					],
				},
				{
					operator: 'OR',
					value: [
						{ field: 'role', operator: '=', value: 'user' },
						{ field: 'name', operator: '^', value: 'A' },
					],
				},
			],
		};
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			queryType: 'json',
			jsonQuery: JSON.stringify({ query, sort: { field: 'name', order: 'descending' } }),
			limit: 3,
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			query,
			sort: { field: 'name', order: 'descending' },
			pagination: { per_page: 3 },
		});
	});

	it('refuses more than 15 conditions in a group, naming the field and item, before any request', async () => {
		const conditions = Array.from({ length: 16 }, (_, i) =>
			condition('email', 'equals', `u${i}@example.com`),
		);
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			filters: { conditions },
			limit: 5,
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(
			'Filters: has 16 conditions; Intercom allows at most 15 in one AND/OR group (item 0)',
		);
	});

	it.each([
		[
			{
				operator: 'AND',
				value: [
					{
						operator: 'OR',
						value: [{ operator: 'AND', value: [{ field: 'a', operator: '=', value: 1 }] }],
					},
				],
			},
			'JSON Query: query.value[0].value[0] nests groups 3 levels deep; Intercom allows 2 (item 0)',
		],
		[
			{ field: 'email', operator: 'LIKE', value: 'x' },
			'JSON Query: query.operator "LIKE" is not one Intercom knows (item 0)',
		],
		[
			{ field: 'email', operator: 'IN', value: 'x' },
			'JSON Query: query.value must be an array for IN (item 0)',
		],
	])('refuses a JSON query over Intercom’s limits or malformed: %j', async (query, message) => {
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			queryType: 'json',
			jsonQuery: JSON.stringify(query),
			limit: 5,
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
	});

	it('refuses invalid JSON in the query', async () => {
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			queryType: 'json',
			jsonQuery: '{"field": ',
			limit: 5,
		});
		expect(result.error?.message).toMatch(/^JSON Query: is not valid JSON: .+\(item 0\)$/);
	});

	it.each([
		[
			condition('created_at', 'gte', '2026-01-01'),
			'Filters › condition 1: Intercom does not support ">=" on the date field created_at; use =, < or > (item 0)',
		],
		[
			condition('tag_id', 'in', '1,2'),
			'Filters › condition 1: tag_id only supports = and != (item 0)',
		],
		// Text operators on a date send a query that finds nothing: refused instead.
		[
			condition('created_at', 'contains', '2026'),
			'Filters › condition 1: "~" compares text, and created_at is a date field: use =, != or another operator for its type (item 0)',
		],
		[
			condition('created_at', 'startsWith', '2026'),
			'Filters › condition 1: "^" compares text, and created_at is a date field: use =, != or another operator for its type (item 0)',
		],
		[
			condition('has_hard_bounced', 'endsWith', 'e'),
			'Filters › condition 1: "$" compares text, and has_hard_bounced is a true/false field: use =, != or another operator for its type (item 0)',
		],
		[
			condition('has_hard_bounced', 'gt', 'true'),
			'Filters › condition 1: has_hard_bounced is true or false: use = or != (item 0)',
		],
		[
			condition('email', 'lt', 'b'),
			'Filters › condition 1: "<" compares numbers and times, and email is a text field: use =, !=, contains, starts with or ends with (item 0)',
		],
		[
			condition('created_at', 'gt', 'soon'),
			'Filters › condition 1: got text "soon", expected a date: ISO 8601 such as 2026-01-31 or 2026-01-31T12:00:00Z, or Unix seconds (item 0)',
		],
		[
			condition('has_hard_bounced', 'equals', 'maybe'),
			'Filters › condition 1: got text "maybe", expected true or false (item 0)',
		],
		[
			condition('custom_attribute', 'equals', 'x'),
			'Filters › condition 1: the custom attribute name is empty (item 0)',
		],
	])('refuses a condition Intercom would reject: %j', async (cond, message) => {
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			filters: { conditions: [cond] },
			limit: 5,
		});
		expect(result.error?.message).toBe(message);
	});

	it('refuses a search without conditions', async () => {
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			filters: {},
			limit: 5,
		});
		expect(result.error?.message).toBe(
			'Filters: add at least one condition, or use a JSON query (item 0)',
		);
	});
});

contractSuite('contact › search');
