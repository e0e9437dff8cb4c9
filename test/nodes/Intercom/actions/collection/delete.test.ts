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

describe('collection › delete', () => {
	it('DELETE /help_center/collections/{id}; Intercom’s answer is the output', async () => {
		const { scope, requests } = intercom();
		scope
			.delete('/help_center/collections/182')
			.reply(200, { id: '182', object: 'collection', deleted: true });
		const result = await runIntercom({
			resource: 'collection',
			operation: 'delete',
			collectionId: byId('182'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/help_center/collections/182',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([{ id: '182', object: 'collection', deleted: true }]);
	});

	it('refuses an empty collection before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'collection',
			operation: 'delete',
			collectionId: byId('={{ "" }}'),
		});
		expect(result.error?.message).toBe(
			'Collection: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});

	it('a collection already gone is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.delete('/help_center/collections/1')
			.reply(404, errorList('not_found', 'Resource Not Found'))
			.delete('/help_center/collections/2')
			.reply(200, { id: '2', object: 'collection', deleted: true });
		const result = await runIntercom(
			{ resource: 'collection', operation: 'delete', collectionId: byId('={{ $json.id }}') },
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Resource Not Found',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: { id: '2', object: 'collection', deleted: true }, pairedItem: { item: 1 } },
		]);
	});
});

contractSuite('collection › delete');
