import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const event = (n: number) => ({
	type: 'event',
	event_name: 'paid',
	created_at: 1769860800 + n,
	intercom_user_id: 'c1',
	metadata: {},
});

describe('dataEvent › getAll', () => {
	it('GET /events?type=user&intercom_user_id=, Return All follows the pages.next link', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/events')
			.query({ type: 'user', intercom_user_id: 'c1' })
			.reply(200, {
				type: 'event.list',
				events: [event(1), event(2)],
				pages: {
					next: 'https://api.intercom.io/events?type=user&intercom_user_id=c1&per_page=2&before=1769860801000',
				},
			})
			.get('/events')
			.query({ type: 'user', intercom_user_id: 'c1', per_page: '2', before: '1769860801000' })
			.reply(200, { type: 'event.list', events: [event(3)], pages: {} });
		const result = await runIntercom({
			resource: 'dataEvent',
			operation: 'getAll',
			identifyBy: 'id',
			contactId: byId('c1'),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/events', { type: 'user', intercom_user_id: 'c1' }],
			[
				'GET',
				'/events',
				{ type: 'user', intercom_user_id: 'c1', per_page: '2', before: '1769860801000' },
			],
		]);
		expect(jsonOf(result)).toEqual([event(1), event(2), event(3)]);
	});

	it('by email with Summary, stopping at the Limit', async () => {
		const { scope, requests } = intercom();
		const summaries = [
			{
				name: 'paid',
				first: '2026-01-01T00:00:00.000Z',
				last: '2026-01-31T00:00:00.000Z',
				count: 3,
			},
			{
				name: 'invited-friend',
				first: '2026-01-02T00:00:00.000Z',
				last: '2026-01-02T00:00:00.000Z',
				count: 1,
			},
		];
		scope
			.get('/events')
			.query({ type: 'user', email: 'ada@example.com', summary: 'true' })
			.reply(200, {
				type: 'event.summary',
				email: 'ada@example.com',
				events: summaries,
				pages: {
					next: 'https://api.intercom.io/events?type=user&email=ada%40example.com&summary=true&before=1',
				},
			});
		const result = await runIntercom({
			resource: 'dataEvent',
			operation: 'getAll',
			identifyBy: 'email',
			email: 'ada@example.com',
			limit: 2,
			options: { summary: true },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].query).toEqual({ type: 'user', email: 'ada@example.com', summary: 'true' });
		expect(jsonOf(result)).toEqual(summaries);
	});

	it('by user ID', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/events')
			.query({ type: 'user', user_id: 'u-42' })
			.reply(200, { type: 'event.list', events: [], pages: {} });
		const result = await runIntercom({
			resource: 'dataEvent',
			operation: 'getAll',
			identifyBy: 'userId',
			userId: 'u-42',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].query).toEqual({ type: 'user', user_id: 'u-42' });
		expect(result.items).toEqual([]);
	});

	it('refuses an empty user ID before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'dataEvent',
			operation: 'getAll',
			identifyBy: 'userId',
			userId: '={{ "" }}',
			returnAll: true,
		});
		expect(result.error?.message).toBe('User ID: is empty (item 0)');
		expect(requests).toHaveLength(0);
	});
});

contractSuite('dataEvent › getAll');
