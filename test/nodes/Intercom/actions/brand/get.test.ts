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

const brand = (id: string, extra: object = {}) => ({
	type: 'brand',
	id,
	name: 'Premium Brand',
	is_default: false,
	created_at: 1686387300,
	updated_at: 1709229600,
	help_center_id: '20',
	default_address_settings_id: '15',
	...extra,
});

describe('brand › get', () => {
	it('GETs /brands/{id} and returns the brand as Intercom gives it', async () => {
		const { scope, requests } = intercom();
		scope.get('/brands/15').reply(200, brand('15'));
		const result = await runIntercom({
			resource: 'brand',
			operation: 'get',
			brandId: byList('15'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/brands/15', query: {}, body: undefined }),
		]);
		expect(requests[0].headers['intercom-version']).toBe('2.16');
		expect(jsonOf(result)).toEqual([brand('15')]);
	});

	it('an unknown brand is Intercom’s 404; with Continue On Fail the next item goes on', async () => {
		const { scope } = intercom();
		scope
			.get('/brands/1')
			.reply(404, errorList('not_found', 'Brand not found'))
			.get('/brands/tlkp1d91')
			.reply(200, brand('tlkp1d91', { is_default: true }));
		const result = await runIntercom(
			{ resource: 'brand', operation: 'get', brandId: byId('={{ $json.id }}') },
			{ input: [{ id: '1' }, { id: 'tlkp1d91' }], continueOnFail: true },
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					error: 'Intercom error 404: not_found: Brand not found',
					httpCode: '404',
				}),
				pairedItem: { item: 0 },
			},
			{ json: brand('tlkp1d91', { is_default: true }), pairedItem: { item: 1 } },
		]);
	});

	it('refuses an empty or unsafe ID before any request', async () => {
		const { requests } = intercom();
		const empty = await runIntercom({
			resource: 'brand',
			operation: 'get',
			brandId: byList('={{ "" }}'),
		});
		expect(empty.error?.message).toBe(
			'Brand: is empty. Pick one from the list or give its ID (item 0)',
		);
		const dots = await runIntercom({
			resource: 'brand',
			operation: 'get',
			brandId: byId('={{ ".." }}'),
		});
		expect(dots.error?.message).toBe('Brand: ".." is not a valid Intercom ID (item 0)');
		expect(requests).toHaveLength(0);
	});
});

contractSuite('brand › get');
