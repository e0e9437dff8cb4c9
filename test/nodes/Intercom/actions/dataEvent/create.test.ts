import { NodeOperationError } from 'n8n-workflow';

import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const pairs = (n: number) => ({
	pair: Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: `v${i}` })),
});

describe('dataEvent › create', () => {
	it('POST /events for a contact by Intercom ID with metadata; the output is what was sent', async () => {
		const { scope, requests } = intercom();
		scope.post('/events').reply(202);
		const result = await runIntercom({
			resource: 'dataEvent',
			operation: 'create',
			eventName: 'invited-friend',
			createdAt: '2026-01-31T12:00:00Z',
			identifyBy: 'id',
			contactId: byId('6762f0ab1bb69f9f2193bb60'),
			metadataUi: pairs(10),
		});
		expect(result.error).toBeUndefined();
		const body = {
			event_name: 'invited-friend',
			created_at: 1769860800,
			id: '6762f0ab1bb69f9f2193bb60',
			metadata: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, `v${i}`])),
		};
		expect(requests).toEqual([
			expect.objectContaining({ method: 'POST', path: '/events', query: {}, body }),
		]);
		expect(jsonOf(result)).toEqual([{ success: true, ...body }]);
	});

	it('by user ID and by email, without metadata', async () => {
		const { scope, requests } = intercom();
		scope.post('/events').reply(202).post('/events').reply(202);
		await runIntercom({
			resource: 'dataEvent',
			operation: 'create',
			eventName: 'paid',
			createdAt: '={{ 1769860800 }}',
			identifyBy: 'userId',
			userId: 'u-42',
		});
		await runIntercom({
			resource: 'dataEvent',
			operation: 'create',
			eventName: 'paid',
			createdAt: '={{ 1769860800 }}',
			identifyBy: 'email',
			email: 'ada@example.com',
		});
		expect(requests.map((r) => r.body)).toEqual([
			{ event_name: 'paid', created_at: 1769860800, user_id: 'u-42' },
			{ event_name: 'paid', created_at: 1769860800, email: 'ada@example.com' },
		]);
	});

	it('an empty Created At means the time of the run', async () => {
		const { scope, requests } = intercom();
		scope.post('/events').reply(202);
		// The clock the node reads, fixed: the run happens at 2026-02-01 12:00:00.750 UTC.
		const now = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 1, 1, 12, 0, 0, 750));
		try {
			await runIntercom({
				resource: 'dataEvent',
				operation: 'create',
				eventName: 'paid',
				identifyBy: 'userId',
				userId: 'u-42',
			});
		} finally {
			now.mockRestore();
		}
		expect((requests[0].body as { created_at: number }).created_at).toBe(
			Date.UTC(2026, 1, 1, 12) / 1000,
		);
	});

	it.each([
		[
			{ metadataUi: pairs(11) },
			'Metadata: has 11 pairs; Intercom takes at most 10 per event (item 0)',
		],
		[{ createdAt: '31/31/2026' }, /^Created At: got text "31\/31\/2026", expected a date/],
		[{ metadataUi: { pair: [{ key: ' ', value: 'x' }] } }, 'Metadata: a pair has no key (item 0)'],
		[
			{
				metadataUi: {
					pair: [
						{ key: 'a', value: '1' },
						{ key: 'a', value: '2' },
					],
				},
			},
			'Metadata › a: is given twice (item 0)',
		],
		[
			{ identifyBy: 'email', email: 'not-an-email' },
			'Email: got text "not-an-email", expected an email address such as name@example.com (item 0)',
		],
		[{ eventName: '={{ "" }}' }, 'Event Name: is empty (item 0)'],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'dataEvent',
			operation: 'create',
			eventName: 'paid',
			createdAt: '2026-01-31T12:00:00Z',
			identifyBy: 'userId',
			userId: 'u-42',
			...parameters,
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		if (typeof message === 'string') expect(result.error?.message).toBe(message);
		else expect(result.error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('dataEvent › create');
