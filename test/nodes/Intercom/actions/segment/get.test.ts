import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('segment › get', () => {
	it('GETs /segments/{id}', async () => {
		const { scope, requests } = intercom();
		const answer = {
			type: 'segment',
			id: '5ea1',
			name: 'Active',
			person_type: 'user',
			created_at: 1700000000,
			updated_at: 1700000000,
		};
		scope.get('/segments/5ea1').reply(200, answer);
		const result = await runIntercom({ resource: 'segment', operation: 'get', segmentId: '5ea1' });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/segments/5ea1',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('refuses an empty segment before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'segment',
			operation: 'get',
			segmentId: '={{ "" }}',
		});
		expect(result.error?.message).toBe(
			'Segment: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('segment › get');
