import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';
import { contentSnippet } from '../../knowledgeFixtures';

isolateNetwork();

describe('contentSnippet › update', () => {
	it('PUTs only the fields given', async () => {
		const { scope, requests } = intercom();
		scope.put('/content_snippets/123').reply(200, contentSnippet('123', { title: 'New' }));
		const result = await runIntercom({
			resource: 'contentSnippet',
			operation: 'update',
			contentSnippetId: byId('123'),
			updateFields: { title: 'New', aiCopilotAvailability: false, bodyMarkdown: 'Now *this*' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/content_snippets/123',
				body: { title: 'New', ai_copilot_availability: false, body_markdown: 'Now *this*' },
			}),
		]);
		expect(jsonOf(result)).toEqual([contentSnippet('123', { title: 'New' })]);
	});

	it('refuses an update with nothing to change before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'contentSnippet',
			operation: 'update',
			contentSnippetId: byId('123'),
			updateFields: {},
		});
		expect(result.error?.message).toBe('Update Fields: add at least one field to change (item 0)');
		expect(requests).toHaveLength(0);
	});
});

contractSuite('contentSnippet › update');
