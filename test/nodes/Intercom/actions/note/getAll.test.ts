import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const notes = (ids: string[], page: number, totalPages: number) => ({
	type: 'list',
	data: ids.map((id) => ({ type: 'note', id, created_at: 1733932587, body: `<p>${id}</p>` })),
	total_count: 3,
	pages: { type: 'pages', next: null, page, per_page: 2, total_pages: totalPages },
});

describe('note › getAll', () => {
	it('a contact’s notes: Return All follows the numbered pages', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/c1/notes')
			.reply(200, notes(['1', '2'], 1, 2))
			.get('/contacts/c1/notes')
			.query({ page: '2' })
			.reply(200, notes(['3'], 2, 2));
		const result = await runIntercom({
			resource: 'note',
			operation: 'getAll',
			noteOwner: 'contact',
			contactId: byId('c1'),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/contacts/c1/notes', {}],
			['GET', '/contacts/c1/notes', { page: '2' }],
		]);
		expect(jsonOf(result).map((n) => n.id)).toEqual(['1', '2', '3']);
	});

	it('a company’s notes: a Limit stops after the page that reaches it', async () => {
		const { scope, requests } = intercom();
		scope.get('/companies/co1/notes').reply(200, notes(['1', '2'], 1, 2));
		const result = await runIntercom({
			resource: 'note',
			operation: 'getAll',
			noteOwner: 'company',
			companyId: byId('co1'),
			limit: 1,
		});
		expect(requests).toHaveLength(1);
		expect(requests[0].path).toBe('/companies/co1/notes');
		expect(jsonOf(result).map((n) => n.id)).toEqual(['1']);
	});
});

contractSuite('note › getAll');
