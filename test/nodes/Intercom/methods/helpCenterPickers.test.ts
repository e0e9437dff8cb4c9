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

const collectionPage = (data: unknown[], page: number, totalPages: number) => ({
	type: 'list',
	data,
	total_count: data.length,
	pages: { type: 'pages', page, per_page: 250, total_pages: totalPages },
});
const collections = (from: number, n: number, name = (k: number) => `Collection ${k}`) =>
	Array.from({ length: n }, (_, j) => ({ id: String(from + j), name: name(from + j) }));

describe('pickers › searchCollections', () => {
	it('without a filter, one page of 250, sub-collections under their parent’s name, with their URL', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/help_center/collections')
			.query({ page: '1', per_page: '250' })
			.reply(
				200,
				collectionPage(
					[
						{ id: '159', name: 'Getting Started', url: 'https://help.example.com/c/159' },
						{ id: '160', name: 'Install', parent_id: '159' },
						{ id: '161', name: 'Orphan', parent_id: '999' },
						{ id: '162', name: '' },
					],
					1,
					1,
				),
			);
		const result = await runListSearch({ ...base, method: 'searchCollections' });
		expect(requests).toHaveLength(1);
		expect(result).toEqual({
			results: [
				{ name: 'Getting Started', value: '159', url: 'https://help.example.com/c/159' },
				{ name: 'Getting Started › Install', value: '160' },
				{ name: 'Orphan', value: '161' },
				{ name: 'Collection 162', value: '162' },
			],
			paginationToken: undefined,
		});
	});

	it('a full page gives a token for the next page', async () => {
		const { scope } = intercom();
		scope
			.get('/help_center/collections')
			.query({ page: '2', per_page: '250' })
			.reply(200, collectionPage(collections(251, 250), 2, 3));
		const result = await runListSearch({
			...base,
			method: 'searchCollections',
			paginationToken: '2',
		});
		expect(result.results).toHaveLength(250);
		expect(result.paginationToken).toBe('3');
	});

	it('a filter is applied on the client over up to 4 pages, and the token continues after them', async () => {
		const { scope, requests } = intercom();
		for (const p of [1, 2, 3, 4]) {
			scope
				.get('/help_center/collections')
				.query({ page: String(p), per_page: '250' })
				.reply(
					200,
					collectionPage(
						collections((p - 1) * 250 + 1, 250, (k) => (k % 100 === 0 ? `Billing ${k}` : `C ${k}`)),
						p,
						6,
					),
				);
		}
		const result = await runListSearch({ ...base, method: 'searchCollections', filter: 'billing' });
		expect(requests).toHaveLength(4);
		expect(result).toEqual({
			results: [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000].map((k) => ({
				name: `Billing ${k}`,
				value: String(k),
			})),
			paginationToken: '5',
		});
	});

	it('a filter stops at the last page', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/help_center/collections')
			.query({ page: '1', per_page: '250' })
			.reply(200, collectionPage([{ id: '7', name: 'FAQ' }], 1, 1));
		const result = await runListSearch({ ...base, method: 'searchCollections', filter: 'faq' });
		expect(requests).toHaveLength(1);
		expect(result).toEqual({ results: [{ name: 'FAQ', value: '7' }], paginationToken: undefined });
	});
});

const redirectPage = (data: unknown[], page: number, totalPages: number) => ({
	type: 'list',
	data,
	total_count: data.length,
	pages: { type: 'pages', page, per_page: 250, total_pages: totalPages },
});

describe('pickers › searchRedirects', () => {
	it('lists nothing, and asks nothing, until a help center is chosen', async () => {
		const { requests } = intercom();
		const result = await runListSearch({
			...base,
			method: 'searchRedirects',
			parameters: { resource: 'redirect', operation: 'get' },
		});
		expect(result).toEqual({ results: [] });
		expect(requests).toHaveLength(0);
	});

	it('lists the chosen help center’s redirects by source URL and target', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/help_center/help_centers/7/redirects')
			.query({ page: '1', per_page: '250' })
			.reply(
				200,
				redirectPage(
					[
						{
							id: '26',
							from_url: 'http://help-center.test/hc/old-page',
							target_type: 'article',
							target_id: '11',
						},
						{
							id: '27',
							from_url: 'http://help-center.test/hc/faq',
							target_type: 'collection',
							target_id: '159',
						},
					],
					1,
					1,
				),
			);
		const result = await runListSearch({
			...base,
			method: 'searchRedirects',
			parameters: {
				resource: 'redirect',
				operation: 'get',
				helpCenterId: { __rl: true, mode: 'list', value: '7' },
			},
		});
		expect(requests).toHaveLength(1);
		expect(result).toEqual({
			results: [
				{ name: 'http://help-center.test/hc/old-page → article 11', value: '26' },
				{ name: 'http://help-center.test/hc/faq → collection 159', value: '27' },
			],
			paginationToken: undefined,
		});
	});

	it('filters by URL on the client', async () => {
		const { scope } = intercom();
		scope
			.get('/help_center/help_centers/7/redirects')
			.query({ page: '1', per_page: '250' })
			.reply(
				200,
				redirectPage(
					[
						{
							id: '26',
							from_url: 'http://help-center.test/hc/old-page',
							target_type: 'article',
							target_id: '11',
						},
						{
							id: '27',
							from_url: 'http://help-center.test/hc/FAQ',
							target_type: 'collection',
							target_id: '159',
						},
					],
					1,
					1,
				),
			);
		const result = await runListSearch({
			...base,
			method: 'searchRedirects',
			filter: 'faq',
			parameters: {
				resource: 'redirect',
				operation: 'delete',
				helpCenterId: { __rl: true, mode: 'id', value: '7' },
			},
		});
		expect(result.results.map((r) => r.value)).toEqual(['27']);
	});
});

contractSuite('help center pickers');
