import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('contact › unarchive', () => {
	it('POST /contacts/{id}/unarchive and returns Intercom’s answer', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/contacts/6329bd9ffe4e2e91dac76188/unarchive')
			.reply(200, { id: '6329bd9ffe4e2e91dac76188', object: 'contact', archived: false });
		const result = await runIntercom({
			resource: 'contact',
			operation: 'unarchive',
			contactId: byId('6329bd9ffe4e2e91dac76188'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/contacts/6329bd9ffe4e2e91dac76188/unarchive',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([
			{ id: '6329bd9ffe4e2e91dac76188', object: 'contact', archived: false },
		]);
	});
});

contractSuite('contact › unarchive');
