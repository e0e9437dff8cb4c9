import {
	contact,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const page = (ids: string[], next?: string) => ({
	type: 'list',
	data: ids.map((id) => contact(id)),
	total_count: 1000,
	pages: {
		type: 'pages',
		page: 1,
		per_page: ids.length,
		total_pages: 9,
		...(next ? { next: { page: 2, starting_after: next } } : {}),
	},
});
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('contact › getAll', () => {
	it('Return All follows pages.next.starting_after to the end, 150 a page, one item per contact', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts')
			.query({ per_page: '150' })
			.reply(200, page(ids('a', 150), 'cur1'))
			.get('/contacts')
			.query({ per_page: '150', starting_after: 'cur1' })
			.reply(200, page(ids('b', 150), 'cur2'))
			.get('/contacts')
			.query({ per_page: '150', starting_after: 'cur2' })
			.reply(200, page(ids('c', 7)));
		const result = await runIntercom({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{ per_page: '150' },
			{ per_page: '150', starting_after: 'cur1' },
			{ per_page: '150', starting_after: 'cur2' },
		]);
		expect(result.items).toHaveLength(307);
		expect(result.items[306].json.id).toBe('c6');
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(
			true,
		);
		expect(Object.keys(result.items[0].json)).not.toContain('tags');
	});

	it('Limit 170 makes exactly 2 requests: 150, then 20', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts')
			.query({ per_page: '150' })
			.reply(200, page(ids('a', 150), 'cur1'))
			.get('/contacts')
			.query({ per_page: '20', starting_after: 'cur1' })
			.reply(200, page(ids('b', 20), 'cur2'));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 170,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(requests.map((r) => r.query.per_page)).toEqual(['150', '20']);
		expect(result.items).toHaveLength(170);
	});

	it('a small Limit asks for just that many and stops', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts')
			.query({ per_page: '5' })
			.reply(200, page(ids('a', 5), 'cur1'));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'getAll',
			limit: 5,
			simple: false,
		});
		expect(requests).toHaveLength(1);
		expect(jsonOf(result).map((c) => c.id)).toEqual(ids('a', 5));
		expect(result.items[0].json).toHaveProperty('tags');
	});

	it('stops on an empty page even if Intercom sends a cursor', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts')
			.query({ per_page: '150' })
			.reply(200, page(ids('a', 3), 'cur1'))
			.get('/contacts')
			.query({ per_page: '150', starting_after: 'cur1' })
			.reply(200, page([], 'cur2'));
		const result = await runIntercom({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(requests).toHaveLength(2);
		expect(result.items).toHaveLength(3);
	});

	it('refuses a Limit below 1', async () => {
		const result = await runIntercom({ resource: 'contact', operation: 'getAll', limit: 0 });
		expect(result.error?.message).toBe(
			'Limit: got the number 0, expected a whole number of at least 1 (item 0)',
		);
	});
});

contractSuite('contact › getAll');
