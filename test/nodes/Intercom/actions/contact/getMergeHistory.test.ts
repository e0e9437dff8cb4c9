import {
	byId,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const entry = (id: string) => ({
	type: 'merge_history',
	source_contact_id: id,
	source_contact_role: 'lead',
	merged_at: 1571672154,
});

const page = (ids: string[], next?: string) => ({
	type: 'list',
	data: ids.map(entry),
	has_more: next !== undefined,
	...(next ? { next_cursor: next } : {}),
});

const params = (extra: object = {}) => ({
	resource: 'contact',
	operation: 'getMergeHistory',
	contactId: byId('u1'),
	...extra,
});

describe('contact › getMergeHistory', () => {
	it('Return All asks 150 a page and follows next_cursor (sent as cursor) to the last page', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/u1/merge_history')
			.query({ per_page: '150' })
			.reply(200, page(['l1', 'l2'], 'eyJpZCI6IjYyMzQ1NiJ9'))
			.get('/contacts/u1/merge_history')
			.query({ per_page: '150', cursor: 'eyJpZCI6IjYyMzQ1NiJ9' })
			.reply(200, page(['l3']));
		const result = await runIntercom(params({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			['GET', '/contacts/u1/merge_history'],
			['GET', '/contacts/u1/merge_history'],
		]);
		expect(jsonOf(result)).toEqual([entry('l1'), entry('l2'), entry('l3')]);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(
			true,
		);
	});

	it('a Limit asks only for what is missing; Order goes in the query; has_more false ends the list', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/u1/merge_history')
			.query({ per_page: '3', order: 'asc' })
			.reply(200, page(['l1', 'l2'], 'c2'))
			.get('/contacts/u1/merge_history')
			.query({ per_page: '1', order: 'asc', cursor: 'c2' })
			.reply(200, { ...page(['l3']), has_more: false, next_cursor: 'c3' });
		const result = await runIntercom(params({ limit: 3, options: { order: 'asc' } }));
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(jsonOf(result).map((e) => e.source_contact_id)).toEqual(['l1', 'l2', 'l3']);
	});

	it('a cursor that repeats ends the listing with an error instead of looping', async () => {
		const { scope } = intercom();
		scope
			.get('/contacts/u1/merge_history')
			.query({ per_page: '150' })
			.reply(200, page(['l1'], 'same'))
			.get('/contacts/u1/merge_history')
			.query({ per_page: '150', cursor: 'same' })
			.reply(200, page(['l2'], 'same'));
		const result = await runIntercom(params({ returnAll: true }));
		expect(result.error?.message).toMatch(/GET \/contacts\/u1\/merge_history/);
		expect(result.error?.message).toMatch(/same/);
	});

	it('a lead or unknown contact is Intercom’s 404; an empty or unsafe ID is refused before any request', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/u1/merge_history')
			.query(true)
			.reply(404, errorList('not_found', 'Contact not found'));
		const missing = await runIntercom(params({ returnAll: true }));
		expect(missing.error?.message).toBe('Intercom error 404: not_found: Contact not found');
		const dots = await runIntercom(params({ contactId: byId('={{ ".." }}'), returnAll: true }));
		expect(dots.error?.message).toBe('Contact: ".." is not a valid Intercom ID (item 0)');
		expect(requests).toHaveLength(1);
	});
});

contractSuite('contact › getMergeHistory');
