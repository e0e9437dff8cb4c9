import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('contact › block', () => {
	it('POST /contacts/{id}/block and returns Intercom’s answer', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/contacts/6329bd9ffe4e2e91dac76188/block')
			.reply(200, { id: '6329bd9ffe4e2e91dac76188', object: 'contact', blocked: true });
		const result = await runIntercom({
			resource: 'contact',
			operation: 'block',
			contactId: byId('6329bd9ffe4e2e91dac76188'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/contacts/6329bd9ffe4e2e91dac76188/block',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([
			{ id: '6329bd9ffe4e2e91dac76188', object: 'contact', blocked: true },
		]);
	});
});

contractSuite('contact › block');
