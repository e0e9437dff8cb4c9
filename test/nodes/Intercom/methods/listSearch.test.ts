import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { IntercomOAuth2Api } from '../../../../credentials/IntercomOAuth2Api.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import { runListSearch } from '../../../harness/run-method';
import {
	accessTokenCredentials,
	contact,
	contractSuite,
	intercom,
	isolateNetwork,
	oauth2Credentials,
} from '../fixtures';

isolateNetwork();

const base = {
	node: new Intercom(),
	credentials: { intercomAccessTokenApi: accessTokenCredentials() },
	credentialTypes: [new IntercomAccessTokenApi(), new IntercomOAuth2Api()],
};

describe('pickers › searchContacts', () => {
	it('without a filter lists contacts, 50 a page, and hands back the cursor', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts')
			.query({ per_page: '50' })
			.reply(200, {
				type: 'list',
				data: [
					contact('c1', { name: 'Ada', email: 'ada@example.com' }),
					contact('c2', { name: null, email: 'bob@example.com' }),
					contact('c3', { name: null, email: null, role: 'lead' }),
				],
				pages: { next: { starting_after: 'cur1' } },
			});
		const result = await runListSearch({ ...base, method: 'searchContacts' });
		expect(requests[0].headers.authorization).toBe('Bearer test-token');
		expect(result).toEqual({
			results: [
				{ name: 'Ada <ada@example.com>', value: 'c1' },
				{ name: 'bob@example.com', value: 'c2' },
				{ name: 'lead c3', value: 'c3' },
			],
			paginationToken: 'cur1',
		});
	});

	it('with a filter searches name, email and external ID server-side, continuing from the token', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/contacts/search')
			.reply(200, { type: 'list', data: [contact('c9', { name: 'Ada' })], pages: {} });
		const result = await runListSearch({
			...base,
			method: 'searchContacts',
			filter: ' ada ',
			paginationToken: 'cur7',
		});
		expect(requests[0].body).toEqual({
			query: {
				operator: 'OR',
				value: [
					{ field: 'name', operator: '~', value: 'ada' },
					{ field: 'email', operator: '~', value: 'ada' },
					{ field: 'external_id', operator: '=', value: 'ada' },
				],
			},
			pagination: { per_page: 50, starting_after: 'cur7' },
		});
		expect(result).toEqual({
			results: [{ name: 'Ada <c9@example.com>', value: 'c9' }],
			paginationToken: undefined,
		});
	});

	it('uses the OAuth2 credential when the node is set to it', async () => {
		const { scope, requests } = intercom('https://api.eu.intercom.io');
		scope.get('/contacts').query(true).reply(200, { type: 'list', data: [], pages: {} });
		await runListSearch({
			...base,
			parameters: { authentication: 'oAuth2' },
			credentials: { intercomOAuth2Api: oauth2Credentials({ region: 'eu' }) },
			method: 'searchContacts',
		});
		expect(requests[0].headers.authorization).toBe('Bearer test-oauth-token');
	});
});

describe('pickers › searchCompanies', () => {
	it('pages through companies, filtering by name on each page', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies')
			.query({ page: '2', per_page: '50' })
			.reply(200, {
				type: 'list',
				data: [
					{ type: 'company', id: 'co1', company_id: 'acme', name: 'Acme Corp' },
					{ type: 'company', id: 'co2', company_id: 'globex', name: 'Globex' },
				],
				pages: { page: 2, per_page: 50, total_pages: 2 },
			});
		const result = await runListSearch({
			...base,
			method: 'searchCompanies',
			filter: 'acme',
			paginationToken: '2',
		});
		expect(requests).toHaveLength(1);
		expect(result).toEqual({
			results: [{ name: 'Acme Corp (acme)', value: 'co1' }],
			paginationToken: undefined,
		});
	});

	it('with a filter, scans further pages in one call (up to 10) and hands back where it stopped', async () => {
		const { scope, requests } = intercom();
		const company = (id: string, name: string) => ({ type: 'company', id, company_id: id, name });
		for (let page = 1; page <= 10; page++) {
			scope
				.get('/companies')
				.query({ page: String(page), per_page: '50' })
				.reply(200, {
					type: 'list',
					data: [company(`x${page}`, page % 3 === 0 ? `Initech ${page}` : `Other ${page}`)],
					pages: { page, per_page: 50, total_pages: 40 },
				});
		}
		const result = await runListSearch({ ...base, method: 'searchCompanies', filter: 'initech' });
		expect(requests).toHaveLength(10);
		expect(result).toEqual({
			results: [
				{ name: 'Initech 3 (x3)', value: 'x3' },
				{ name: 'Initech 6 (x6)', value: 'x6' },
				{ name: 'Initech 9 (x9)', value: 'x9' },
			],
			paginationToken: '11',
		});
	});

	it('without a filter, one page per call', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies')
			.query({ page: '1', per_page: '50' })
			.reply(200, {
				type: 'list',
				data: [{ type: 'company', id: 'co1', company_id: 'acme', name: 'Acme Corp' }],
				pages: { page: 1, per_page: 50, total_pages: 2 },
			});
		const result = await runListSearch({ ...base, method: 'searchCompanies' });
		expect(requests).toHaveLength(1);
		expect(result).toEqual({
			results: [{ name: 'Acme Corp (acme)', value: 'co1' }],
			paginationToken: '2',
		});
	});
});

describe('pickers › searchTags', () => {
	it('lists tags sorted by name, filtered', async () => {
		const { scope } = intercom();
		scope.get('/tags').reply(200, {
			type: 'list',
			data: [
				{ type: 'tag', id: '3', name: 'VIP customer' },
				{ type: 'tag', id: '1', name: 'Churn risk' },
				{ type: 'tag', id: '2', name: 'vip lead' },
			],
		});
		const result = await runListSearch({ ...base, method: 'searchTags', filter: 'VIP' });
		expect(result.results).toEqual([
			{ name: 'VIP customer', value: '3' },
			{ name: 'vip lead', value: '2' },
		]);
	});
});

describe('pickers › searchTagNames', () => {
	it('lists tags by name (the value is the name), sorted and filtered', async () => {
		const { scope, requests } = intercom();
		scope.get('/tags').reply(200, {
			type: 'list',
			data: [
				{ type: 'tag', id: '3', name: 'VIP customer' },
				{ type: 'tag', id: '1', name: 'Churn risk' },
				{ type: 'tag', id: '2', name: 'vip lead' },
			],
		});
		const result = await runListSearch({ ...base, method: 'searchTagNames', filter: 'vip' });
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/tags', query: {} }),
		]);
		expect(result).toEqual({
			results: [
				{ name: 'VIP customer', value: 'VIP customer' },
				{ name: 'vip lead', value: 'vip lead' },
			],
		});
	});
});

contractSuite('pickers');
