import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import { runListSearch } from '../../../harness/run-method';
import { accessTokenCredentials, contractSuite, intercom, isolateNetwork } from '../fixtures';

isolateNetwork();

const base = {
	node: new Intercom(),
	credentials: { intercomAccessTokenApi: accessTokenCredentials() },
	credentialTypes: [new IntercomAccessTokenApi()],
	method: 'searchBrands',
};

const brands = {
	type: 'list',
	data: [
		{ type: 'brand', id: '3', name: 'Premium Brand', is_default: false },
		{ type: 'brand', id: 'tlkp1d91', name: 'Default Brand', is_default: true },
		{ type: 'brand', id: '4', name: 'Another brand', is_default: false },
	],
};

describe('pickers › searchBrands', () => {
	it('lists every brand from one GET /brands: the default first, then by name', async () => {
		const { scope, requests } = intercom();
		scope.get('/brands').reply(200, brands);
		const result = await runListSearch(base);
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/brands', {}]]);
		expect(result).toEqual({
			results: [
				{ name: 'Default Brand (default)', value: 'tlkp1d91' },
				{ name: 'Another brand', value: '4' },
				{ name: 'Premium Brand', value: '3' },
			],
		});
	});

	it('filters by name (any case) or by ID', async () => {
		const { scope } = intercom();
		scope.get('/brands').times(2).reply(200, brands);
		expect((await runListSearch({ ...base, filter: ' BRAND ' })).results).toHaveLength(3);
		expect((await runListSearch({ ...base, filter: 'premium' })).results).toEqual([
			{ name: 'Premium Brand', value: '3' },
		]);
	});
});

contractSuite('pickers › searchBrands');
