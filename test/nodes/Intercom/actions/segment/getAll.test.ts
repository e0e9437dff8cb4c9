import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const segments = (withCount: boolean) => ({
	type: 'segment.list',
	segments: ['s1', 's2', 's3'].map((id) => ({
		type: 'segment',
		id,
		name: id,
		person_type: 'user',
		...(withCount ? { count: 3 } : {}),
	})),
});

describe('segment › getAll', () => {
	it('GET /segments, one item per segment', async () => {
		const { scope, requests } = intercom();
		scope.get('/segments').reply(200, segments(false));
		const result = await runIntercom({ resource: 'segment', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/segments', query: {} }),
		]);
		expect(jsonOf(result)).toEqual(segments(false).segments);
	});

	it('Include Counts sends include_count=true; a Limit trims', async () => {
		const { scope, requests } = intercom();
		scope.get('/segments').query({ include_count: 'true' }).reply(200, segments(true));
		const result = await runIntercom({
			resource: 'segment',
			operation: 'getAll',
			limit: 2,
			options: { includeCount: true },
		});
		expect(requests[0].query).toEqual({ include_count: 'true' });
		expect(jsonOf(result)).toEqual(segments(true).segments.slice(0, 2));
	});
});

contractSuite('segment › getAll');
