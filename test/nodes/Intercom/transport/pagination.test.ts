import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { listByPageNumber } from '../../../../nodes/Intercom/transport';
import { runNode } from '../../../harness/run-node';
import { accessTokenCredentials, intercom, isolateNetwork } from '../fixtures';

isolateNetwork();

/** A node whose execute() lists companies with the page-number helper, for any Limit. */
class PageNumberListNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Page Number List',
		name: 'pageNumberList',
		group: ['transform'],
		version: 1,
		description: 'Runs listByPageNumber',
		defaults: { name: 'Page Number List' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'intercomAccessTokenApi', required: true }],
		properties: [{ displayName: 'Limit', name: 'limit', type: 'number', default: 0 }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const limit = this.getNodeParameter('limit', 0) as number;
		const companies = await listByPageNumber.call(this, {
			method: 'GET',
			path: '/companies',
			itemsKey: 'data',
			limit: limit > 0 ? limit : undefined,
		});
		return [this.helpers.returnJsonArray(companies)];
	}
}

const run = async (limit: number) =>
	await runNode({
		node: new PageNumberListNode(),
		parameters: { limit },
		credentials: { intercomAccessTokenApi: accessTokenCredentials() },
		credentialTypes: [new IntercomAccessTokenApi()],
	});

const page = (page: number, totalPages: number, count: number) => ({
	type: 'list',
	data: Array.from({ length: count }, (_, i) => ({ type: 'company', id: `p${page}-${i}` })),
	pages: { type: 'pages', page, per_page: 60, total_pages: totalPages },
	total_count: 0,
});

describe('transport › page-numbered lists', () => {
	it('Return All walks page=1..total_pages with a fixed page size of 60', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies')
			.query({ page: '1', per_page: '60' })
			.reply(200, page(1, 3, 60))
			.get('/companies')
			.query({ page: '2', per_page: '60' })
			.reply(200, page(2, 3, 60))
			.get('/companies')
			.query({ page: '3', per_page: '60' })
			.reply(200, page(3, 3, 12));
		const result = await run(0);
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{ page: '1', per_page: '60' },
			{ page: '2', per_page: '60' },
			{ page: '3', per_page: '60' },
		]);
		expect(result.items).toHaveLength(132);
	});

	it('a Limit keeps one page size for every page (offsets stay right) and stops once it has enough', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies')
			.query({ page: '1', per_page: '60' })
			.reply(200, page(1, 5, 60))
			.get('/companies')
			.query({ page: '2', per_page: '60' })
			.reply(200, page(2, 5, 60));
		const result = await run(100);
		expect(requests).toHaveLength(2);
		expect(result.items).toHaveLength(100);
		expect(result.items[99].json.id).toBe('p2-39');
	});

	it('a Limit under the maximum asks for exactly that many on one page', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies')
			.query({ page: '1', per_page: '7' })
			.reply(200, page(1, 9, 7));
		const result = await run(7);
		expect(requests).toHaveLength(1);
		expect(result.items).toHaveLength(7);
	});

	it('stops at a short page even when total_pages says more', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/companies')
			.query({ page: '1', per_page: '60' })
			.reply(200, page(1, 4, 10));
		const result = await run(0);
		expect(requests).toHaveLength(1);
		expect(result.items).toHaveLength(10);
	});

	it('without total_pages a full page is not the end: the next page is asked for', async () => {
		const { scope, requests } = intercom();
		const untotalled = (n: number, count: number) => {
			const { pages, ...rest } = page(n, 0, count);
			return { ...rest, pages: { type: pages.type, page: pages.page, per_page: pages.per_page } };
		};
		scope
			.get('/companies')
			.query({ page: '1', per_page: '60' })
			.reply(200, untotalled(1, 60))
			.get('/companies')
			.query({ page: '2', per_page: '60' })
			.reply(200, untotalled(2, 60))
			.get('/companies')
			.query({ page: '3', per_page: '60' })
			.reply(200, untotalled(3, 5));
		const result = await run(0);
		expect(requests).toHaveLength(3);
		expect(result.items).toHaveLength(125);
	});
});
