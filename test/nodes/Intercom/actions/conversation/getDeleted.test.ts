import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const deleted = (id: string) => ({
	type: 'conversation',
	id,
	deleted_at: 1734537460,
	metrics_retained: true,
});

const page = (ids: string[], pageNumber: number, totalPages: number, perPage = 60) => ({
	type: 'conversations.list',
	conversations: ids.map(deleted),
	total_count: 99,
	pages: {
		type: 'pages',
		page: pageNumber,
		per_page: perPage,
		total_pages: totalPages,
		...(pageNumber < totalPages
			? { next: `https://api.intercom.io/conversations/deleted?page=${pageNumber + 1}` }
			: {}),
	},
});

describe('conversation › getDeleted', () => {
	it('Return All asks pages of 60 and follows them to the last', async () => {
		const { scope, requests } = intercom();
		const first = Array.from({ length: 60 }, (_, n) => String(500 + n));
		scope
			.get('/conversations/deleted')
			.query({ page: '1', per_page: '60' })
			.reply(200, page(first, 1, 2))
			.get('/conversations/deleted')
			.query({ page: '2', per_page: '60' })
			.reply(200, page(['9'], 2, 2));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'getDeleted',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{ page: '1', per_page: '60' },
			{ page: '2', per_page: '60' },
		]);
		expect(jsonOf(result)).toHaveLength(61);
		expect(jsonOf(result)[60]).toEqual(deleted('9'));
	});

	it('a Limit asks one page of that size; Order goes in the query', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/conversations/deleted')
			.query({ page: '1', per_page: '2', order: 'asc' })
			.reply(200, page(['1', '2'], 1, 50, 2));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'getDeleted',
			limit: 2,
			options: { order: 'asc' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(jsonOf(result).map((c) => c.id)).toEqual(['1', '2']);
	});

	it('refuses an order that is neither asc nor desc before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'getDeleted',
			limit: 2,
			options: { order: '={{ "newest" }}' },
		});
		expect(result.error?.message).toBe(
			'Order: got text "newest", expected one of "asc", "desc" (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('conversation › getDeleted');
