import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const subscription = { type: 'subscription', id: '37846', state: 'live', consent_type: 'opt_in' };

describe('contact › addSubscription', () => {
	it.each(['opt_in', 'opt_out'])(
		'POSTs /contacts/{id}/subscriptions with the type and consent %s',
		async (consentType) => {
			const { scope, requests } = intercom();
			scope.post('/contacts/c1/subscriptions').reply(200, subscription);
			const result = await runIntercom({
				resource: 'contact',
				operation: 'addSubscription',
				contactId: byId('c1'),
				subscriptionTypeId: '37846',
				consentType,
			});
			expect(result.error).toBeUndefined();
			expect(requests).toEqual([
				expect.objectContaining({
					method: 'POST',
					path: '/contacts/c1/subscriptions',
					body: { id: '37846', consent_type: consentType },
				}),
			]);
			expect(jsonOf(result)).toEqual([subscription]);
		},
	);

	it('needs a subscription type', async () => {
		const result = await runIntercom(
			{
				resource: 'contact',
				operation: 'addSubscription',
				contactId: byId('c1'),
				subscriptionTypeId: '={{ $json.sub }}',
			},
			{ input: [{ sub: '' }] },
		);
		expect(result.error?.message).toBe('Subscription Type: is empty (item 0)');
	});
});

contractSuite('contact › addSubscription');
