import {
	byId,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('tag › delete', () => {
	it('DELETE /tags/{id}; Intercom’s empty answer becomes { id, deleted }', async () => {
		const { scope, requests } = intercom();
		scope.delete('/tags/81').reply(200);
		const result = await runIntercom({ resource: 'tag', operation: 'delete', tagId: byId('81') });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'DELETE', path: '/tags/81', query: {}, body: undefined }),
		]);
		expect(jsonOf(result)).toEqual([{ id: '81', deleted: true }]);
	});

	it('a tag already gone reads as a clear 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.delete('/tags/1')
			.reply(404, errorList('not_found', 'Resource Not Found'))
			.delete('/tags/2')
			.reply(200);
		const result = await runIntercom(
			{ resource: 'tag', operation: 'delete', tagId: byId('={{ $json.id }}') },
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Resource Not Found',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: { id: '2', deleted: true }, pairedItem: { item: 1 } },
		]);
	});

	it('a tag used by a segment: Intercom’s 400 is shown as is', async () => {
		const { scope } = intercom();
		scope
			.delete('/tags/81')
			.reply(
				400,
				errorList(
					'tag_has_dependent_objects',
					'Unable to delete Tag with dependent objects. Segments: Seg 1.',
				),
			);
		const result = await runIntercom({ resource: 'tag', operation: 'delete', tagId: byId('81') });
		expect(result.error?.message).toBe(
			'Intercom error 400: tag_has_dependent_objects: Unable to delete Tag with dependent objects. Segments: Seg 1.',
		);
	});
});

contractSuite('tag › delete');
