import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('contact › removeSubscription', () => {
	it('DELETEs /contacts/{id}/subscriptions/{subscription_id}', async () => {
		const { scope, requests } = intercom();
		const answer = { type: 'subscription', id: '37846', consent_type: 'opt_in' };
		scope.delete('/contacts/c1/subscriptions/37846').reply(200, answer);
		const result = await runIntercom({
			resource: 'contact',
			operation: 'removeSubscription',
			contactId: byId('c1'),
			subscriptionTypeId: '37846',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/contacts/c1/subscriptions/37846',
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});
});

contractSuite('contact › removeSubscription');
