import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import { runListSearch } from '../../../harness/run-method';
import { accessTokenCredentials, contractSuite, intercom, isolateNetwork } from '../fixtures';

isolateNetwork();

const base = {
	node: new Intercom(),
	credentials: { intercomAccessTokenApi: accessTokenCredentials() },
	credentialTypes: [new IntercomAccessTokenApi()],
};

const helpCenters = {
	type: 'list',
	data: [
		{ id: '2', identifier: 'partners', display_name: 'Partner Help Center' },
		{ id: '1', identifier: 'acme', display_name: 'Acme Help' },
		{ id: '3', identifier: 'internal', display_name: '' },
	],
};

describe('pickers › searchHelpCenters', () => {
	it('lists every help center from one request, by display name and identifier, sorted', async () => {
		const { scope, requests } = intercom();
		scope.get('/help_center/help_centers').reply(200, helpCenters);
		const result = await runListSearch({ ...base, method: 'searchHelpCenters' });
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/help_center/help_centers', query: {} }),
		]);
		expect(result).toEqual({
			results: [
				{ name: 'Acme Help (acme)', value: '1' },
				{ name: 'internal', value: '3' },
				{ name: 'Partner Help Center (partners)', value: '2' },
			],
		});
	});

	it('filters on the client by name or identifier, ignoring case', async () => {
		const { scope } = intercom();
		scope.get('/help_center/help_centers').twice().reply(200, helpCenters);
		const byName = await runListSearch({
			...base,
			method: 'searchHelpCenters',
			filter: ' PARTNER ',
		});
		expect(byName.results).toEqual([{ name: 'Partner Help Center (partners)', value: '2' }]);
		const byIdentifier = await runListSearch({
			...base,
			method: 'searchHelpCenters',
			filter: 'acme',
		});
		expect(byIdentifier.results.map((r) => r.value)).toEqual(['1']);
	});
});

contractSuite('help center pickers');
