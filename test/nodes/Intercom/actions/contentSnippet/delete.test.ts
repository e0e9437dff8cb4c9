import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

describe('contentSnippet › delete', () => {
	it('DELETE /content_snippets/{id}; Intercom’s 204 becomes { id, object, deleted }', async () => {
		const { scope, requests } = intercom();
		scope.delete('/content_snippets/123').reply(204);
		const result = await runIntercom({
			resource: 'contentSnippet',
			operation: 'delete',
			contentSnippetId: byId('123'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'DELETE', path: '/content_snippets/123', body: undefined }),
		]);
		expect(jsonOf(result)).toEqual([{ id: '123', object: 'content_snippet', deleted: true }]);
	});
});

contractSuite('contentSnippet › delete');
