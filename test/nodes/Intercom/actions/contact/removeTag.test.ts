import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('contact › removeTag', () => {
	it('DELETE /contacts/{id}/tags/81', async () => {
		const { scope, requests } = intercom();
		scope.delete('/contacts/c1/tags/81').reply(200, { type: 'tag', id: '81', name: 'VIP' });
		const result = await runIntercom({
			resource: 'contact',
			operation: 'removeTag',
			contactId: byId('c1'),
			tagId: byId('81'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/contacts/c1/tags/81',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([{ type: 'tag', id: '81', name: 'VIP' }]);
	});

	it('needs the Tag before sending anything', async () => {
		const result = await runIntercom(
			{
				resource: 'contact',
				operation: 'removeTag',
				contactId: byId('c1'),
				tagId: byId('={{ $json.tag }}'),
			},
			{ input: [{ tag: ' ' }] },
		);
		expect(result.error?.message).toBe(
			'Tag: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('contact › removeTag');
