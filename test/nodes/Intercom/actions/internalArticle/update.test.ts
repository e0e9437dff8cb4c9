import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';
import { internalArticle } from '../../knowledgeFixtures';

isolateNetwork();

describe('internalArticle › update', () => {
	it('PUTs only the fields given', async () => {
		const { scope, requests } = intercom();
		scope.put('/internal_articles/39').reply(200, internalArticle('39', { title: 'New' }));
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'update',
			internalArticleId: byId('39'),
			updateFields: { title: 'New', ownerId: '7', audienceIds: '', aiSalesAgentAvailability: true },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/internal_articles/39',
				body: { title: 'New', owner_id: 7, audience_ids: [], ai_sales_agent_availability: true },
			}),
		]);
		expect(jsonOf(result)).toEqual([internalArticle('39', { title: 'New' })]);
	});

	it('refuses an update with nothing to change before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'internalArticle',
			operation: 'update',
			internalArticleId: byId('39'),
			updateFields: {},
		});
		expect(result.error?.message).toBe('Update Fields: add at least one field to change (item 0)');
		expect(requests).toHaveLength(0);
	});
});

contractSuite('internalArticle › update');
