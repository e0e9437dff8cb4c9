import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const segment = (id: string) => ({
	type: 'segment',
	id,
	name: `Segment ${id}`,
	person_type: 'user',
	created_at: 1700000000,
	updated_at: 1700000000,
});

describe('company › getSegments', () => {
	it('GET /companies/{id}/segments, one item per segment, trimmed to the Limit', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies/co1/segments')
			.reply(200, { type: 'list', data: [segment('s1'), segment('s2'), segment('s3')] });
		const result = await runIntercom({
			resource: 'company',
			operation: 'getSegments',
			companyId: byId('co1'),
			limit: 2,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/companies/co1/segments', query: {} }),
		]);
		expect(jsonOf(result)).toEqual([segment('s1'), segment('s2')]);
	});

	it('Return All returns every segment', async () => {
		const { scope } = intercom();
		scope
			.get('/companies/co1/segments')
			.reply(200, { type: 'list', data: [segment('s1'), segment('s2'), segment('s3')] });
		const result = await runIntercom({
			resource: 'company',
			operation: 'getSegments',
			companyId: byId('co1'),
			returnAll: true,
		});
		expect(jsonOf(result).map((s) => s.id)).toEqual(['s1', 's2', 's3']);
	});
});

contractSuite('company › getSegments');
