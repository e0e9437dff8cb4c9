import {
	byId,
	byList,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('contact › addTag', () => {
	it('POST /contacts/{id}/tags', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts/c1/tags').reply(200, { type: 'tag', id: '81', name: 'VIP' });
		const result = await runIntercom({
			resource: 'contact',
			operation: 'addTag',
			contactId: byId('c1'),
			tagId: byList('81'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/contacts/c1/tags',
				query: {},
				body: { id: '81' },
			}),
		]);
		expect(jsonOf(result)).toEqual([{ type: 'tag', id: '81', name: 'VIP' }]);
	});

	it('needs the Tag before sending anything', async () => {
		const result = await runIntercom(
			{
				resource: 'contact',
				operation: 'addTag',
				contactId: byId('c1'),
				tagId: byList('={{ $json.tag }}'),
			},
			{ input: [{ tag: '' }] },
		);
		expect(result.error?.message).toBe(
			'Tag: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('contact › addTag');
