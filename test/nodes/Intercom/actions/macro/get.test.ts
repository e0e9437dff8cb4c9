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

const macro = (id: string) => ({
	type: 'macro',
	id,
	name: 'Thank You Response',
	body: '<p>Thank you for reaching out!</p>',
	body_text: 'Thank you for reaching out!',
	created_at: '2025-07-17T11:18:08.000Z',
	updated_at: '2025-07-17T15:30:24.000Z',
	visible_to: 'everyone',
	visible_to_team_ids: [],
	available_on: ['inbox', 'messenger'],
});

describe('macro › get', () => {
	it('GETs /macros/{id} with the credential’s Intercom-Version', async () => {
		const { scope, requests } = intercom();
		scope.get('/macros/123').reply(200, macro('123'));
		const result = await runIntercom({
			resource: 'macro',
			operation: 'get',
			macroId: byList('123'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/macros/123', query: {}, body: undefined }),
		]);
		expect(requests[0].headers['intercom-version']).toBe('2.16');
		expect(jsonOf(result)).toEqual([macro('123')]);
	});

	it('a macro not visible to the token’s teammate is a 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/macros/1')
			.reply(404, errorList('not_found', 'Macro not found'))
			.get('/macros/2')
			.reply(200, macro('2'));
		const result = await runIntercom(
			{ resource: 'macro', operation: 'get', macroId: byId('={{ $json.id }}') },
			{ input: [{ id: '1' }, { id: '2' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Macro not found',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: macro('2'), pairedItem: { item: 1 } },
		]);
	});

	it('refuses an empty or unsafe ID before any request', async () => {
		const { requests } = intercom();
		const empty = await runIntercom({
			resource: 'macro',
			operation: 'get',
			macroId: byList('={{ "" }}'),
		});
		expect(empty.error?.message).toBe(
			'Macro: is empty. Pick one from the list or give its ID (item 0)',
		);
		const dots = await runIntercom({
			resource: 'macro',
			operation: 'get',
			macroId: byId('={{ ".." }}'),
		});
		expect(dots.error?.message).toBe('Macro: ".." is not a valid Intercom ID (item 0)');
		expect(requests).toHaveLength(0);
	});
});

contractSuite('macro › get');
