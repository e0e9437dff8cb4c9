import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

const TOTAL = 10_050;

describe('company › getAll against the sandbox', () => {
	beforeEach(() => {
		sandbox.seed({
			companies: Array.from({ length: TOTAL }, (_, i) => ({
				company_id: `co-${i}`,
				name: `Company ${i}`,
			})),
		});
	});

	// 102 validated requests and 10,050 items: the limits only guard against a hang (a loaded CI machine needs far more than an idle one).
	it('Return All goes past the 10,000 cap of page listing with the scroll API: every company once', async () => {
		const result = await runIntercom(
			{ resource: 'company', operation: 'getAll', returnAll: true, simple: true },
			{ credentials: credentials(), allowUnmatchedRequests: true, timeoutMs: 110_000 },
		);
		expect(result.error).toBeUndefined();
		const ids = jsonOf(result).map((c) => c.company_id);
		expect(ids).toHaveLength(TOTAL);
		expect(new Set(ids).size).toBe(TOTAL);
		// 101 pages of up to 100 companies, then the empty page that ends the scroll.
		expect(sandbox.stats.byRoute).toEqual({ 'GET /companies/scroll': 102 });
		expect(sandbox.store.scroll).toBeNull();
		expect(sandbox.violations).toEqual([]);
	}, 120_000);

	it('a Limit up to 10,000 pages through the list instead, asking only for what is missing', async () => {
		const result = await runIntercom(
			{ resource: 'company', operation: 'getAll', returnAll: false, limit: 130, simple: true },
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toHaveLength(130);
		expect(Object.keys(sandbox.stats.byRoute)).toEqual(['POST /companies/list']);
		expect(sandbox.violations).toEqual([]);
	});
});

describe('company › getAll with Return All on several items in parallel', () => {
	it('the items take turns with Intercom’s one scroll per app: never two scroll requests at once, every item gets every company', async () => {
		sandbox.seed({
			companies: Array.from({ length: 250 }, (_, i) => ({
				company_id: `co-${i}`,
				name: `Company ${i}`,
			})),
		});
		const result = await runIntercom(
			{
				resource: 'company',
				operation: 'getAll',
				returnAll: true,
				simple: true,
				options: { requestsInParallel: 3 },
			},
			{ credentials: credentials(), allowUnmatchedRequests: true, input: [{}, {}, {}] },
		);
		expect(result.error).toBeUndefined();
		const items = result.items;
		expect(items).toHaveLength(750);
		for (const item of [0, 1, 2]) {
			const ids = items
				.filter((i) => (i.pairedItem as { item: number }).item === item)
				.map((i) => i.json.company_id);
			expect(new Set(ids).size).toBe(250);
		}
		// Three scrolls of 3 pages of up to 100 and the empty page that ends each, one request at a time.
		expect(sandbox.stats.byRoute).toEqual({ 'GET /companies/scroll': 12 });
		expect(sandbox.stats.maxInFlight).toBe(1);
		expect(sandbox.violations).toEqual([]);
	});
});

describe('company › getAll with Return All under seeded faults', () => {
	it('a 500 or a dropped connection mid-scroll restarts the scroll: every company exactly once', async () => {
		sandbox.seed({
			companies: Array.from({ length: 250 }, (_, i) => ({
				company_id: `co-${i}`,
				name: `Company ${i}`,
			})),
		});
		// Seed 5 fails the second scroll with a 500 and the third with a dropped connection, each mid-scroll.
		sandbox.configure({ faults: { errorRate: 0.15, dropRate: 0.1 }, seed: 5 });
		const result = await runIntercom(
			{ resource: 'company', operation: 'getAll', returnAll: true, simple: true },
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(result.error).toBeUndefined();
		const ids = jsonOf(result).map((c) => c.company_id);
		expect(ids).toHaveLength(250);
		expect(new Set(ids).size).toBe(250);
		const midScroll = sandbox.requests
			.filter((r) => r.fault && r.query.scroll_param)
			.map((r) => r.fault);
		expect(midScroll).toEqual(['500', 'drop']);
		// A scroll opened for the first try and after each fault; the last one ran to its empty page.
		const opened = sandbox.requests.filter(
			(r) => r.path === '/companies/scroll' && !r.query.scroll_param,
		);
		expect(opened).toHaveLength(3);
		expect(sandbox.requests.filter((r) => r.status === 400)).toEqual([]);
		expect(sandbox.store.scroll).toBeNull();
		expect(sandbox.violations).toEqual([]);
	});
});
