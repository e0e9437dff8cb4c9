import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import { runListSearch } from '../../../harness/run-method';
import { accessTokenCredentials, contractSuite, intercom, isolateNetwork } from '../fixtures';

isolateNetwork();

const base = {
	node: new Intercom(),
	credentials: { intercomAccessTokenApi: accessTokenCredentials() },
	credentialTypes: [new IntercomAccessTokenApi()],
	method: 'searchCustomObjectInstances',
};

const parameters = (customObjectType: string) => ({
	resource: 'customObjectInstance',
	operation: 'get',
	customObjectType,
});

const instance = (id: number, externalId: string | null = `ORDER-${id}`) => ({
	id: String(id),
	type: 'Order',
	external_id: externalId,
	custom_attributes: {},
});

const page = (items: object[], pageNumber: number, totalPages: number) => ({
	type: 'list',
	pages: { type: 'pages', page: pageNumber, per_page: 150, total_pages: totalPages },
	total_count: items.length,
	data: items,
});

describe('pickers › searchCustomObjectInstances', () => {
	it.each(['', '  ', 'Order/..', '..'])(
		'lists nothing, and asks nothing, without a valid type (%j)',
		async (type) => {
			const { requests } = intercom();
			const result = await runListSearch({ ...base, parameters: parameters(type) });
			expect(result).toEqual({ results: [] });
			expect(requests).toHaveLength(0);
		},
	);

	it('lists one page of the type’s instances by External ID, and hands back the next page', async () => {
		const { scope, requests } = intercom();
		const items = Array.from({ length: 150 }, (_, n) =>
			instance(n + 1, n === 1 ? null : undefined),
		);
		scope
			.get('/custom_object_instances/Order')
			.query({ page: '1', per_page: '150' })
			.reply(200, page(items, 1, 2));
		const result = await runListSearch({ ...base, parameters: parameters(' Order ') });
		expect(requests).toHaveLength(1);
		expect(result.results.slice(0, 2)).toEqual([
			{ name: 'ORDER-1 (ID 1)', value: '1' },
			{ name: 'Instance 2', value: '2' },
		]);
		expect(result.results).toHaveLength(150);
		expect(result.paginationToken).toBe('2');
	});

	it('with a filter scans the pages on the client, from the token on, by External ID or ID', async () => {
		const { scope, requests } = intercom();
		const full = (from: number) => Array.from({ length: 150 }, (_, n) => instance(from + n));
		scope
			.get('/custom_object_instances/Order')
			.query({ page: '2', per_page: '150' })
			.reply(200, page(full(151), 2, 3))
			.get('/custom_object_instances/Order')
			.query({ page: '3', per_page: '150' })
			.reply(200, page([instance(301, 'order-3010')], 3, 3));
		const result = await runListSearch({
			...base,
			parameters: parameters('Order'),
			filter: ' ORDER-301 ',
			paginationToken: '2',
		});
		expect(requests.map((r) => r.query)).toEqual([
			{ page: '2', per_page: '150' },
			{ page: '3', per_page: '150' },
		]);
		expect(result).toEqual({
			results: [{ name: 'order-3010 (ID 301)', value: '301' }],
			paginationToken: undefined,
		});
	});
});

contractSuite('pickers › searchCustomObjectInstances');
