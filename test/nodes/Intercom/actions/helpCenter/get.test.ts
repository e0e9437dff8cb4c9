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

export const helpCenter = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	workspace_id: 'ws1',
	created_at: 1734537325,
	updated_at: 1734537325,
	identifier: `help-center-${id}`,
	website_turned_on: true,
	display_name: `Help Center ${id}`,
	url: 'https://help.mycompany.com',
	custom_domain: 'help.mycompany.com',
	...extra,
});

describe('helpCenter › get', () => {
	it('GETs /help_center/help_centers/{id}', async () => {
		const { scope, requests } = intercom();
		scope.get('/help_center/help_centers/93').reply(200, helpCenter('93'));
		const result = await runIntercom({
			resource: 'helpCenter',
			operation: 'get',
			helpCenterId: byList('93'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/help_center/help_centers/93',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([helpCenter('93')]);
	});

	it.each([
		[byList('={{ "" }}'), 'Help Center: is empty. Pick one from the list or give its ID (item 0)'],
		[
			byId('={{ "abc" }}'),
			'Help Center: "abc" is not a valid Intercom ID (it is a number) (item 0)',
		],
		[byList('../1'), 'Help Center: "../1" is not a valid Intercom ID (it is a number) (item 0)'],
	])('refuses %j before any request', async (helpCenterId, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'helpCenter', operation: 'get', helpCenterId });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});

	it('an unknown help center is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/help_center/help_centers/1')
			.reply(404, errorList('not_found', 'Resource Not Found'))
			.get('/help_center/help_centers/2')
			.reply(200, helpCenter('2'));
		const result = await runIntercom(
			{ resource: 'helpCenter', operation: 'get', helpCenterId: byId('={{ $json.id }}') },
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
			{ json: helpCenter('2'), pairedItem: { item: 1 } },
		]);
	});
});

contractSuite('helpCenter › get');
