import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const attributes = {
	type: 'list',
	data: ['name', 'email', 'tier'].map((name, n) => ({
		type: 'data_attribute',
		id: n,
		name,
		model: 'contact',
		custom: name === 'tier',
	})),
};

describe('dataAttribute › getAll', () => {
	it('GET /data_attributes with no filter, one item per attribute', async () => {
		const { scope, requests } = intercom();
		scope.get('/data_attributes').reply(200, attributes);
		const result = await runIntercom({
			resource: 'dataAttribute',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/data_attributes', query: {} }),
		]);
		expect(jsonOf(result)).toEqual(attributes.data);
	});

	it('Model and Include Archived become model= and include_archived=true; a Limit trims', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/data_attributes')
			.query({ model: 'company', include_archived: 'true' })
			.reply(200, attributes);
		const result = await runIntercom({
			resource: 'dataAttribute',
			operation: 'getAll',
			limit: 1,
			options: { model: 'company', includeArchived: true },
		});
		expect(requests[0].query).toEqual({ model: 'company', include_archived: 'true' });
		expect(jsonOf(result)).toEqual(attributes.data.slice(0, 1));
	});
});

contractSuite('dataAttribute › getAll');
