import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const base = {
	resource: 'dataEvent',
	operation: 'createSummaries',
	userId: 'u-42',
	eventName: 'paid',
	count: 3,
	first: '2026-01-01T00:00:00Z',
	last: '2026-01-31T12:00:00Z',
};

describe('dataEvent › createSummaries', () => {
	it('POST /events/summaries with the count and first/last in Unix seconds', async () => {
		const { scope, requests } = intercom();
		scope.post('/events/summaries').reply(200);
		const result = await runIntercom(base);
		expect(result.error).toBeUndefined();
		const body = {
			user_id: 'u-42',
			event_summaries: { event_name: 'paid', count: 3, first: 1767225600, last: 1769860800 },
		};
		expect(requests).toEqual([
			expect.objectContaining({ method: 'POST', path: '/events/summaries', query: {}, body }),
		]);
		expect(jsonOf(result)).toEqual([{ success: true, ...body }]);
	});

	it.each([
		[{ count: 1.5 }, 'Count: got the number 1.5, expected a whole number of at least 1 (item 0)'],
		[{ first: 'soon' }, /^First: got text "soon", expected a date/],
		[{ last: '2025-12-01T00:00:00Z' }, 'Last: must not be before First (item 0)'],
		[{ userId: '={{ "" }}' }, 'User ID: is empty (item 0)'],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, ...parameters });
		if (typeof message === 'string') expect(result.error?.message).toBe(message);
		else expect(result.error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('dataEvent › createSummaries');
