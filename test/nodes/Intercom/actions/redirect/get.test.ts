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

const redirect = (id: string) => ({
	id,
	type: 'help_center_redirect',
	from_url: `http://help-center.test/lovelyhelpcenter/old-${id}`,
	locale: 'en',
	help_center_id: '7',
	target_type: 'article',
	target_id: '11',
	created_at: 1781619405,
	updated_at: 1781619405,
});

describe('redirect › get', () => {
	it('GETs /help_center/help_centers/{help_center_id}/redirects/{id}', async () => {
		const { scope, requests } = intercom();
		scope.get('/help_center/help_centers/7/redirects/26').reply(200, redirect('26'));
		const result = await runIntercom({
			resource: 'redirect',
			operation: 'get',
			helpCenterId: byList('7'),
			redirectId: byList('26'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/help_center/help_centers/7/redirects/26',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([redirect('26')]);
	});

	it.each([
		[
			{ helpCenterId: byList('={{ "" }}'), redirectId: byId('26') },
			'Help Center: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			{ helpCenterId: byId('7'), redirectId: byList('={{ "" }}') },
			'Redirect: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			{ helpCenterId: byId('7'), redirectId: byList('..') },
			'Redirect: ".." is not a valid Intercom ID (item 0)',
		],
	])('refuses %j before any request', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'redirect', operation: 'get', ...parameters });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});

	it('an unknown redirect is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/help_center/help_centers/7/redirects/1')
			.reply(404, errorList('not_found', 'Resource not found'))
			.get('/help_center/help_centers/7/redirects/2')
			.reply(200, redirect('2'));
		const result = await runIntercom(
			{
				resource: 'redirect',
				operation: 'get',
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
			{ json: redirect('2'), pairedItem: { item: 1 } },
		]);
	});
});

contractSuite('redirect › get');
