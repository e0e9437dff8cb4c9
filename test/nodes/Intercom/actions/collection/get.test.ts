import {
	byId,
	byList,
	byUrl,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const collection = (id: string) => ({
	id,
	workspace_id: 'ws1',
	name: 'English collection title',
	url: `http://help-center.test/myapp/collection-${id}`,
	order: 22,
	created_at: 1734537315,
	updated_at: 1734537315,
	description: 'english collection description',
	icon: 'bookmark',
	parent_id: null,
	help_center_id: 84,
});

describe('collection › get', () => {
	it.each([
		['the list', byList('170')],
		['its ID', byId('170')],
		[
			'its Help Center URL',
			byUrl('https://help.example.com/en/collections/170-english-collection'),
		],
	])('GETs /help_center/collections/{id}, picked by %s', async (_, collectionId) => {
		const { scope, requests } = intercom();
		scope.get('/help_center/collections/170').reply(200, collection('170'));
		const result = await runIntercom({ resource: 'collection', operation: 'get', collectionId });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/help_center/collections/170',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([collection('170')]);
	});

	it.each([
		[byList('={{ "" }}'), 'Collection: is empty. Pick one from the list or give its ID (item 0)'],
		[byList('17a'), 'Collection: "17a" is not a valid Intercom ID (it is a number) (item 0)'],
	])('refuses %j before any request', async (collectionId, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'collection', operation: 'get', collectionId });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});

	it('an unknown collection is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/help_center/collections/1')
			.reply(404, errorList('not_found', 'Resource Not Found'))
			.get('/help_center/collections/2')
			.reply(200, collection('2'));
		const result = await runIntercom(
			{ resource: 'collection', operation: 'get', collectionId: byId('={{ $json.id }}') },
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
			{ json: collection('2'), pairedItem: { item: 1 } },
		]);
	});
});

contractSuite('collection › get');
