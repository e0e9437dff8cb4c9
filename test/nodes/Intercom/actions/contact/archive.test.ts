import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('contact › archive', () => {
	it('POST /contacts/{id}/archive and returns Intercom’s answer', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/contacts/6329bd9ffe4e2e91dac76188/archive')
			.reply(200, { id: '6329bd9ffe4e2e91dac76188', object: 'contact', archived: true });
		const result = await runIntercom({
			resource: 'contact',
			operation: 'archive',
			contactId: byId('6329bd9ffe4e2e91dac76188'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/contacts/6329bd9ffe4e2e91dac76188/archive',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([
			{ id: '6329bd9ffe4e2e91dac76188', object: 'contact', archived: true },
		]);
	});
});

contractSuite('contact › archive');
