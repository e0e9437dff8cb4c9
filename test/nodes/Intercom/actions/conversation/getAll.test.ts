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

const page = (ids: string[], next?: string) => ({
	type: 'conversation.list',
	conversations: ids.map((id) => conversation(id)),
	total_count: 1000,
	pages: {
		type: 'pages',
		page: 1,
		per_page: ids.length,
		total_pages: 9,
		...(next ? { next: { page: 2, starting_after: next } } : {}),
	},
});
const ids = (prefix: number, n: number) =>
	Array.from({ length: n }, (_, i) => String(prefix * 1000 + i));

describe('conversation › getAll', () => {
	it('simplifies each conversation of the page by default', async () => {
		const { scope } = intercom();
		scope
			.get('/conversations')
			.query({ per_page: '2' })
			.reply(200, {
				...page([]),
				conversations: [
					fullConversation('1'),
					conversation('2', {
						source: { type: 'conversation', author: { type: 'bot', id: '278' } },
					}),
				],
			});
		const result = await runIntercom({ resource: 'conversation', operation: 'getAll', limit: 2 });
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toEqual([
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
				source_author: { type: 'bot', id: '278' },
			},
		]);
	});

	it('Return All follows the cursor, 150 a page (raw without Simplify)', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/conversations')
			.query({ per_page: '150' })
			.reply(200, page(ids(1, 150), 'cur1'))
			.get('/conversations')
			.query({ per_page: '150', starting_after: 'cur1' })
			.reply(200, page(ids(2, 4)));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'getAll',
			returnAll: true,
			simple: false,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/conversations', { per_page: '150' }],
			['GET', '/conversations', { per_page: '150', starting_after: 'cur1' }],
		]);
		expect(result.items).toHaveLength(154);
		expect(result.items[153].json).toEqual(conversation('2003'));
	});

	it('Limit 160 asks 150 then 10 and stops', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/conversations')
			.query({ per_page: '150' })
			.reply(200, page(ids(1, 150), 'cur1'))
			.get('/conversations')
			.query({ per_page: '10', starting_after: 'cur1' })
			.reply(200, page(ids(2, 10), 'cur2'));
		const result = await runIntercom({ resource: 'conversation', operation: 'getAll', limit: 160 });
		expect(requests).toHaveLength(2);
		expect(result.items).toHaveLength(160);
	});

	it('a small Limit is one request of that size', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/conversations')
			.query({ per_page: '3' })
			.reply(200, page(ids(1, 3), 'cur1'));
		const result = await runIntercom({ resource: 'conversation', operation: 'getAll', limit: 3 });
		expect(requests).toHaveLength(1);
		expect(jsonOf(result).map((c) => c.id)).toEqual(['1000', '1001', '1002']);
	});
});

contractSuite('conversation › getAll');
