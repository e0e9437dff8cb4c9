import {
	byId,
	byList,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const deleted = (id: string) => ({ id, object: 'help_center_redirect', deleted: true });

describe('redirect › delete', () => {
	it('DELETE /help_center/help_centers/{help_center_id}/redirects/{id}; Intercom’s answer is the output', async () => {
		const { scope, requests } = intercom();
		scope.delete('/help_center/help_centers/7/redirects/26').reply(200, deleted('26'));
		const result = await runIntercom({
			resource: 'redirect',
			operation: 'delete',
			helpCenterId: byList('7'),
			redirectId: byId('26'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'DELETE',
				path: '/help_center/help_centers/7/redirects/26',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([deleted('26')]);
	});

	it('refuses an empty redirect before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'redirect',
			operation: 'delete',
			helpCenterId: byId('7'),
			redirectId: byId('={{ "" }}'),
		});
		expect(result.error?.message).toBe(
			'Redirect: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});

	it('a redirect already gone is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.delete('/help_center/help_centers/7/redirects/1')
			.reply(404, errorList('not_found', 'Resource not found'))
			.delete('/help_center/help_centers/7/redirects/2')
			.reply(200, deleted('2'));
		const result = await runIntercom(
			{
				resource: 'redirect',
				operation: 'delete',
				helpCenterId: byId('7'),
				redirectId: byId('={{ $json.id }}'),
			},
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Resource not found',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: deleted('2'), pairedItem: { item: 1 } },
		]);
	});
});

contractSuite('redirect › delete');
