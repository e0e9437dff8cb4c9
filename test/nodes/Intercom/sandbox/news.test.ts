import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { macrosOf, sandboxMacro } from '../../../../sandbox/news';
import { byId, byList, jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const run = async (parameters: Record<string, unknown>) => {
	const result = await runIntercom(parameters as never, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
	});
	expect(result.error).toBeUndefined();
	return jsonOf(result);
};

const SENDER = '991267460';

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

describe('news items against the sandbox', () => {
	it('create → get → update → list → delete round-trips', async () => {
		const [created] = await run({
			resource: 'newsItem',
			operation: 'create',
			title: 'Halloween is here!',
			senderId: SENDER,
			body: '<p>New costumes</p>',
			additionalFields: {
				labels: 'Product, Update',
				reactions: '😆, 😅',
				newsfeedAssignments: { assignment: [{ newsfeedId: byList('53') }] },
			},
		});
		expect(created).toMatchObject({
			type: 'news-item',
			title: 'Halloween is here!',
			body: '<p>New costumes</p>',
			sender_id: Number(SENDER),
			state: 'draft',
			labels: ['Product', 'Update'],
			reactions: ['😆', '😅'],
			newsfeed_assignments: [{ newsfeed_id: 53 }],
		});
		const id = String(created.id);

		const [got] = await run({ resource: 'newsItem', operation: 'get', newsItemId: byId(id) });
		expect(got).toMatchObject({ id, title: 'Halloween is here!', state: 'draft' });
		expect(got).not.toHaveProperty('body');

		// Only the state: the node keeps the title and sender by reading the item first.
		const [updated] = await run({
			resource: 'newsItem',
			operation: 'update',
			newsItemId: byId(id),
			updateFields: { state: 'live' },
		});
		expect(updated).toMatchObject({ id, title: 'Halloween is here!', state: 'live' });
		expect(sandbox.requests.slice(-2).map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /news/news_items/${id}`,
			`PUT /news/news_items/${id}`,
		]);

		// 12 more, so that Return All follows the numbered pages of 10.
		for (let n = 0; n < 12; n++) {
			await run({
				resource: 'newsItem',
				operation: 'create',
				title: `News ${n}`,
				senderId: SENDER,
			});
		}
		const all = await run({ resource: 'newsItem', operation: 'getAll', returnAll: true });
		expect(all).toHaveLength(13);
		expect(new Set(all.map((n) => n.id)).size).toBe(13);
		const limited = await run({ resource: 'newsItem', operation: 'getAll', limit: 3 });
		expect(limited).toHaveLength(3);

		const [deleted] = await run({
			resource: 'newsItem',
			operation: 'delete',
			newsItemId: byId(id),
		});
		expect(deleted).toEqual({ id, object: 'news-item', deleted: true });
		const gone = await runIntercom(
			{ resource: 'newsItem', operation: 'get', newsItemId: byId(id) },
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(gone.error?.message).toMatch(/^Intercom error 404/);
	});
});

describe('newsfeeds against the sandbox', () => {
	it('lists and gets the built-in newsfeeds; a newsfeed’s items are its live news items', async () => {
		const feeds = await run({ resource: 'newsfeed', operation: 'getAll', returnAll: true });
		expect(feeds.map((f) => [f.id, f.name])).toEqual([
			['53', 'Visitor Feed'],
			['54', 'Customer Feed'],
		]);
		const [feed] = await run({ resource: 'newsfeed', operation: 'get', newsfeedId: byId('54') });
		expect(feed).toMatchObject({ type: 'newsfeed', id: '54', name: 'Customer Feed' });

		const create = async (title: string, state: string, feedIds: string[]) =>
			(
				await run({
					resource: 'newsItem',
					operation: 'create',
					title,
					senderId: SENDER,
					additionalFields: {
						state,
						newsfeedAssignments: { assignment: feedIds.map((id) => ({ newsfeedId: byId(id) })) },
					},
				})
			)[0];
		const live = await create('Live on 53', 'live', ['53', '54']);
		await create('Draft on 53', 'draft', ['53']);
		await create('Live on 54 only', 'live', ['54']);

		const items = await run({
			resource: 'newsfeed',
			operation: 'getItems',
			newsfeedId: byList('53'),
			returnAll: true,
		});
		expect(items.map((n) => n.title)).toEqual(['Live on 53']);
		expect(items[0]).not.toHaveProperty('body');

		// Back to a draft, the item leaves the newsfeed.
		await run({
			resource: 'newsItem',
			operation: 'update',
			newsItemId: byId(String(live.id)),
			updateFields: { state: 'draft' },
		});
		expect(
			await run({
				resource: 'newsfeed',
				operation: 'getItems',
				newsfeedId: byId('53'),
				returnAll: true,
			}),
		).toEqual([]);

		const unknown = await runIntercom(
			{ resource: 'newsfeed', operation: 'getItems', newsfeedId: byId('99'), returnAll: true },
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(unknown.error?.message).toMatch(/^Intercom error 404/);
	});
});

describe('macros against the sandbox', () => {
	it('lists the built-in macros newest first and gets one; an unknown macro is a 404', async () => {
		const all = await run({ resource: 'macro', operation: 'getAll', returnAll: true });
		expect(all.map((m) => [m.id, m.name])).toEqual([
			['1', 'Thank You Response'],
			['2', 'Refund Process'],
			['3', 'Welcome Message'],
		]);
		const [macro] = await run({ resource: 'macro', operation: 'get', macroId: byList('2') });
		expect(macro).toMatchObject({ type: 'macro', id: '2', name: 'Refund Process' });
		const unknown = await runIntercom(
			{ resource: 'macro', operation: 'get', macroId: byId('999') },
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(unknown.error?.message).toBe('Intercom error 404: not_found: Macro not found');
	});

	it('Return All follows the cursor over pages of 150; Updated Since keeps the newer ones', async () => {
		const macros = macrosOf(sandbox.store);
		for (let n = 4; n <= 320; n++) macros.set(String(n), sandboxMacro(n));
		const all = await run({ resource: 'macro', operation: 'getAll', returnAll: true });
		expect(all).toHaveLength(320);
		expect(new Set(all.map((m) => m.id)).size).toBe(320);
		expect(sandbox.stats.byRoute).toEqual({ 'GET /macros': 3 });

		const limited = await run({ resource: 'macro', operation: 'getAll', limit: 160 });
		expect(limited.map((m) => m.id)).toEqual(all.slice(0, 160).map((m) => m.id));

		// Macro n was updated n hours before 2025-07-20T00:00Z: since 10.5 hours before, macros 1–10.
		const since = Date.UTC(2025, 6, 20) / 1000 - 10.5 * 3600;
		const recent = await run({
			resource: 'macro',
			operation: 'getAll',
			returnAll: true,
			options: { updatedSince: since },
		});
		expect(recent.map((m) => m.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
	});
});
