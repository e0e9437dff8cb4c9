/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test-only: setImmediate lets pending promises settle while the sandbox holds requests */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { byId, runIntercom } from '../fixtures';

// Items run in parallel (Options → Requests in Parallel) through the node's real execute(),
// against the sandbox over loopback HTTP.
let sandbox: Sandbox;
const credentials = (s: Sandbox = sandbox) => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: s.url,
	apiVersion: '2.16',
});

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

const ticks = async (n = 20) => {
	for (let k = 0; k < n; k++) await new Promise((r) => setImmediate(r));
};

function seedContacts(s: Sandbox, count: number): string[] {
	const { contacts } = s.seed({
		contacts: Array.from({ length: count }, (_, k) => ({
			role: 'user',
			email: `p${k}@example.com`,
		})),
	});
	return contacts.map((c) => String((c as { id: string }).id));
}

const update = (parallel?: number) => ({
	resource: 'contact',
	operation: 'update',
	contactId: byId('={{ $json.id }}'),
	updateFields: { name: '={{ "Name " + $json.n }}' },
	...(parallel === undefined ? {} : { options: { requestsInParallel: parallel } }),
});

const run = async (
	parameters: Record<string, unknown>,
	input: IDataObject[],
	extra: { continueOnFail?: boolean; s?: Sandbox; timeoutMs?: number } = {},
) =>
	await runIntercom(parameters as never, {
		input,
		credentials: credentials(extra.s),
		continueOnFail: extra.continueOnFail,
		allowUnmatchedRequests: true,
		timeoutMs: extra.timeoutMs ?? 20_000,
	});

describe('Requests in Parallel › order and pairing', () => {
	it('keeps the input order and pairedItem while answers come back in any order (random latency)', async () => {
		const ids = seedContacts(sandbox, 60);
		sandbox.configure({ latencyMs: [0, 25], seed: 7 });
		const result = await run(
			update(10),
			ids.map((id, n) => ({ id, n })),
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.id, item.json.name, item.pairedItem])).toEqual(
			ids.map((id, n) => [id, `Name ${n}`, { item: n }]),
		);
		expect(sandbox.stats.maxInFlight).toBeGreaterThan(1);
		expect(sandbox.violations).toEqual([]);
	});
});

describe('Requests in Parallel › the bound', () => {
	it.each([1, 3, 20])('%i: that many requests in flight at most, and reached', async (parallel) => {
		const ids = seedContacts(sandbox, 45);
		sandbox.pause();
		const running = run(
			update(parallel),
			ids.map((id, n) => ({ id, n })),
		);
		await sandbox.inFlightReaches(parallel);
		await ticks();
		// Held requests: no further item starts while `parallel` are open.
		expect(sandbox.stats.inFlight).toBe(parallel);
		sandbox.resume();
		const result = await running;
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(45);
		expect(sandbox.stats.maxInFlight).toBe(parallel);
		expect(sandbox.stats.requests).toBe(45);
	});

	it('the default is 5', async () => {
		const ids = seedContacts(sandbox, 12);
		sandbox.pause();
		const running = run(
			update(),
			ids.map((id, n) => ({ id, n })),
		);
		await sandbox.inFlightReaches(5);
		await ticks();
		sandbox.resume();
		expect((await running).items).toHaveLength(12);
		expect(sandbox.stats.maxInFlight).toBe(5);
	});
});

describe('Requests in Parallel › failures', () => {
	it('without Continue On Fail: no item starts after a failure, those in flight are awaited, the lowest failing item is thrown', async () => {
		const ids = seedContacts(sandbox, 30);
		const input = ids.map((id, n) => ({ id, n }));
		input[2] = { id: '', n: 2 }; // bad input: fails before any request
		input[3] = { id: 'missing-contact', n: 3 }; // a 404 from Intercom
		sandbox.pause();
		let settled = false;
		const running = run(update(5), input).finally(() => (settled = true));
		// Items 0–4 start together; 2 fails at once, so nothing after 4 starts.
		await sandbox.inFlightReaches(4);
		await ticks(50);
		expect(settled).toBe(false);
		expect(sandbox.stats.inFlight).toBe(4);
		sandbox.resume();
		const result = await running;
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.context?.itemIndex).toBe(2);
		expect(result.items).toEqual([]);
		expect(sandbox.stats.requests).toBe(4);
		expect(sandbox.requests.map((r) => r.path).sort()).toEqual(
			[ids[0], ids[1], 'missing-contact', ids[4]].map((id) => `/contacts/${id}`).sort(),
		);
	});

	it('without Continue On Fail: a lower item failing later still wins over a higher one failing first', async () => {
		const ids = seedContacts(sandbox, 10);
		const input = ids.map((id, n) => ({ id, n }));
		input[1] = { id: 'missing-low', n: 1 };
		input[3] = { id: '', n: 3 };
		sandbox.pause();
		const running = run(update(5), input);
		await sandbox.inFlightReaches(4);
		await ticks(50);
		sandbox.resume();
		const result = await running;
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(result.error?.httpCode).toBe('404');
	});

	it('Continue On Fail: each failing item gives exactly one error item in its place, the rest are unaffected', async () => {
		const ids = seedContacts(sandbox, 40);
		sandbox.configure({ latencyMs: [0, 20], seed: 3 });
		const input = ids.map((id, n) => ({ id, n }));
		const bad = new Set([0, 7, 8, 21, 39]);
		for (const n of bad) input[n] = { id: n % 2 ? `missing-${n}` : '', n };
		const result = await run(update(8), input, { continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(40);
		result.items.forEach((item, n) => {
			expect(item.pairedItem).toEqual({ item: n });
			if (bad.has(n)) {
				expect(item.json.error).toEqual(expect.any(String));
				expect(item.json.id).toBeUndefined();
			} else {
				expect(item.json).toMatchObject({ id: ids[n], name: `Name ${n}` });
			}
		});
		// Odd bad items are unknown IDs (Intercom's 404); even ones are refused before any request.
		expect(
			result.items.filter((item) => item.json.httpCode === '404').map((item) => item.pairedItem),
		).toEqual([{ item: 7 }, { item: 21 }, { item: 39 }]);
	});
});

describe('Requests in Parallel › fault injection (seeded 500s and dropped connections)', () => {
	it('a bulk update (PUT) loses no item: failed PUTs are retried', async () => {
		const ids = seedContacts(sandbox, 80);
		sandbox.configure({ faults: { errorRate: 0.05, dropRate: 0.05 }, seed: 11 });
		const result = await run(
			update(10),
			ids.map((id, n) => ({ id, n })),
			{ continueOnFail: true, timeoutMs: 25_000 },
		);
		expect(result.items).toHaveLength(80);
		const attempts = new Map<string, Array<string | undefined>>();
		for (const r of sandbox.requests)
			attempts.set(r.path, [...(attempts.get(r.path) ?? []), r.fault]);
		expect(sandbox.stats.injected500 + sandbox.stats.dropped).toBeGreaterThan(0);
		expect([...attempts.values()].some((a) => a.length > 1)).toBe(true);
		result.items.forEach((item, n) => {
			expect(item.pairedItem).toEqual({ item: n });
			const tries = attempts.get(`/contacts/${ids[n]}`) ?? [];
			// An item fails only when every try (1 + 3 retries) hit a fault.
			if (tries.length === 4 && tries.every(Boolean))
				expect(item.json.error).toEqual(expect.any(String));
			else expect(item.json).toMatchObject({ id: ids[n], name: `Name ${n}` });
		});
	});

	it('a bulk create (POST) never retries: each faulted create is one error item, the others are created', async () => {
		sandbox.configure({ faults: { errorRate: 0.05, dropRate: 0.05 }, seed: 5 });
		const input = Array.from({ length: 80 }, (_, n) => ({ email: `new${n}@example.com` }));
		const result = await run(
			{
				resource: 'contact',
				operation: 'create',
				role: 'user',
				email: '={{ $json.email }}',
				options: { requestsInParallel: 10 },
			},
			input,
			{
				continueOnFail: true,
				timeoutMs: 25_000,
			},
		);
		expect(result.items).toHaveLength(80);
		const posts = sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/contacts');
		const byEmail = new Map(posts.map((r) => [(r.body as { email: string }).email, r]));
		// One POST per item: none was sent twice.
		expect(posts).toHaveLength(80);
		expect(byEmail.size).toBe(80);
		const faulted = posts.filter((r) => r.fault).length;
		expect(faulted).toBe(sandbox.stats.injected500 + sandbox.stats.dropped);
		expect(faulted).toBeGreaterThan(0);
		result.items.forEach((item, n) => {
			expect(item.pairedItem).toEqual({ item: n });
			if (byEmail.get(input[n].email)?.fault) expect(item.json.error).toEqual(expect.any(String));
			else expect(item.json).toMatchObject({ email: input[n].email });
		});
		expect(result.items.filter((item) => item.json.error)).toHaveLength(faulted);
	});
});

describe('pacing against a small rate limit', () => {
	let limited: Sandbox;
	beforeAll(async () => {
		// 900 a minute in 2-second windows: 30 calls a window.
		limited = await startSandbox({ rateLimit: { perMinute: 900, windowSeconds: 2 } });
	});
	afterAll(async () => {
		await limited.close();
	});

	it('every answer carries the rate-limit headers in Intercom’s shape', async () => {
		const response = await fetch(`${limited.url}/me`, {
			headers: { authorization: 'Bearer wrong-token', 'intercom-version': '2.16' },
		});
		expect(response.status).toBe(401);
		expect(response.headers.get('x-ratelimit-limit')).toBe('900');
		const reset = Number(response.headers.get('x-ratelimit-reset'));
		expect(reset % 2).toBe(0);
		expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeLessThan(30);
	});

	it('90 items at 20 in parallel over 30 calls a window: no 429, every item done', async () => {
		const ids = seedContacts(limited, 90);
		const result = await run(
			update(20),
			ids.map((id, n) => ({ id, n })),
			{ s: limited, timeoutMs: 25_000 },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(ids);
		expect(limited.stats.rateLimited).toBe(0);
		expect(limited.stats.byStatus[200]).toBe(90);
		expect(limited.stats.byStatus[429]).toBeUndefined();
	});
});
