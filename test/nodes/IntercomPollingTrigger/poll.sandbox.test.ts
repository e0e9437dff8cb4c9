import { sandboxPollingTrigger } from './fixtures';
import type { Sandbox } from '../../../sandbox';
import { startSandbox } from '../../../sandbox';

// The trigger's real poll() through n8n-core's PollContext against the sandbox over loopback HTTP.
let sandbox: Sandbox;
const poller = (parameters: Record<string, unknown>) =>
	sandboxPollingTrigger(sandbox.url, parameters);

const nowS = () => Math.floor(Date.now() / 1000);
let serial = 0;
/** Contacts made through the sandbox's API, then dated as a test needs. */
function contacts(n: number, dates: { created?: number; updated?: number } = {}): string[] {
	const { contacts: made } = sandbox.seed({
		contacts: Array.from({ length: n }, () => ({
			role: 'user',
			email: `poll${++serial}@example.com`,
		})),
	});
	const ids = made.map((c) => String(c.id));
	for (const id of ids) {
		const record = sandbox.store.contacts.get(id)!;
		if (dates.created !== undefined) record.created_at = dates.created;
		if (dates.updated !== undefined) record.updated_at = dates.updated;
		else if (dates.created !== undefined) record.updated_at = dates.created;
	}
	return ids;
}
const searches = () => sandbox.stats.byRoute['POST /contacts/search'] ?? 0;

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => {
	sandbox.reset();
});
afterEach(() => {
	expect(sandbox.violations).toEqual([]);
});

describe('Intercom Polling Trigger against the sandbox', () => {
	it('first activation starts now: older contacts do not start it; new ones once each; an idle check is one request', async () => {
		contacts(3, { created: nowS() - 3600 });
		const p = poller({ event: 'contact.created' });
		const activated = nowS();
		expect((await p.poll()).result).toBeNull();
		// n8n saves the static data once the activation's own check has run, output or not.
		expect(p.saves).toBe(1);
		const stored = p.stored?.['node:Intercom Polling Trigger'] as { poll: { floor: number } };
		expect(stored.poll.floor).toBeGreaterThanOrEqual(activated);
		const fresh = contacts(2, { created: nowS() + 1 });
		const first = await p.poll();
		expect(first.items.map((c) => c.id).sort()).toEqual([...fresh].sort());
		expect(p.saves).toBe(2);
		const before = searches();
		expect((await p.poll()).result).toBeNull();
		expect(searches() - before).toBe(1);
		expect(p.saves).toBe(2);
	});

	it('a contact changed in the same second as the newest one output is output on the next check; none twice', async () => {
		const p = poller({ event: 'contact.updated' });
		await p.poll();
		const t = nowS() + 5;
		const [a] = contacts(1, { created: t - 100, updated: t });
		expect((await p.poll()).items.map((c) => c.id)).toEqual([a]);
		const [b] = contacts(1, { created: t - 100, updated: t });
		expect((await p.poll()).items.map((c) => c.id)).toEqual([b]);
		expect((await p.poll()).result).toBeNull();
	});

	it('a contact updated twice between checks is output once, as it is now; again after a later change', async () => {
		const p = poller({ event: 'contact.updated' });
		await p.poll();
		const t = nowS() + 5;
		const [a] = contacts(1, { created: t - 100, updated: t });
		sandbox.store.contacts.get(a)!.name = 'First';
		sandbox.store.contacts.get(a)!.updated_at = t + 1;
		sandbox.store.contacts.get(a)!.name = 'Second';
		sandbox.store.contacts.get(a)!.updated_at = t + 2;
		expect((await p.poll()).items.map((c) => [c.id, c.name])).toEqual([[a, 'Second']]);
		expect((await p.poll()).result).toBeNull();
		sandbox.store.contacts.get(a)!.updated_at = t + 30;
		expect((await p.poll()).items.map((c) => c.id)).toEqual([a]);
	});

	it('1,000 new contacts in a burst: across pages, oldest first, at most Max Items a check, each once', async () => {
		const p = poller({ event: 'contact.created', options: { maxItems: 300 } });
		await p.poll();
		const base = nowS() + 10;
		const ids = contacts(1000, { created: base });
		// Spread over 50 seconds, 20 a second, in an order unlike their creation.
		ids.forEach((id, k) => {
			const r = sandbox.store.contacts.get(id)!;
			r.created_at = base + ((k * 7) % 50);
			r.updated_at = r.created_at;
		});
		const out: Array<{ id: string; at: number }> = [];
		const sizes: number[] = [];
		for (let n = 0; n < 6; n++) {
			const { items } = await p.poll();
			sizes.push(items.length);
			for (const c of items) out.push({ id: String(c.id), at: Number(c.created_at) });
		}
		expect(sizes).toEqual([300, 300, 300, 100, 0, 0]);
		expect(new Set(out.map((c) => c.id)).size).toBe(1000);
		expect(out.map((c) => c.at)).toEqual([...out.map((c) => c.at)].sort((x, y) => x - y));
	});

	it('after a burst, once the workspace is quiet for Look Back, an idle check is one request again', async () => {
		const p = poller({ event: 'contact.created', options: { maxItems: 1000, lookBackMinutes: 1 } });
		await p.poll();
		const base = nowS() + 5;
		contacts(1000, { created: base }).forEach((id, k) => {
			const r = sandbox.store.contacts.get(id)!;
			r.created_at = base + (k % 50);
			r.updated_at = r.created_at;
		});
		const cost = async () => {
			const before = searches();
			const { items } = await p.poll();
			return { requests: searches() - before, items: items.length };
		};
		expect(await cost()).toEqual({ requests: 7, items: 1000 });
		// Right after: the window still covers the burst (records may show late within Look Back).
		expect(await cost()).toEqual({ requests: 7, items: 0 });
		const realNow = Date.now.bind(Date);
		const clock = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + 10 * 60_000);
		try {
			// Ten minutes later, quiet: this check starts from the last one, the next from itself.
			expect((await cost()).items).toBe(0);
			expect(await cost()).toEqual({ requests: 1, items: 0 });
			const [fresh] = contacts(1, { created: nowS() + 600 });
			const next = await p.poll();
			expect(next.items.map((c) => c.id)).toEqual([fresh]);
		} finally {
			clock.mockRestore();
		}
	});

	it('a contact search shows late is output when it appears within Look Back; the state survives a restart', async () => {
		const p = poller({ event: 'contact.created', options: { lookBackMinutes: 5 } });
		await p.poll();
		const activated = nowS();
		const [early] = contacts(1, { created: activated + 30 });
		const [late] = contacts(1, { created: activated + 5 });
		sandbox.store.searchHiddenUntil.set(late, nowS() + 3600);
		expect((await p.poll()).items.map((c) => c.id)).toEqual([early]);
		p.restart(); // n8n restarts: the state comes from what was saved with the last output
		sandbox.store.searchHiddenUntil.delete(late);
		expect((await p.poll()).items.map((c) => c.id)).toEqual([late]);
		expect((await p.poll()).result).toBeNull();
	});

	it('Start From outputs the records since then once (a backfill); Fetch Test Event gives the newest and moves nothing', async () => {
		const old = nowS() - 7200;
		const ids = contacts(3, { created: old });
		sandbox.store.contacts.get(ids[2])!.created_at = old + 10;
		contacts(1, { created: old - 86400 * 3 });
		const p = poller({
			event: 'contact.created',
			options: { startFrom: new Date((old - 60) * 1000).toISOString() },
		});
		const test = await p.fetchTestEvent();
		expect(test.items.map((c) => c.id)).toEqual([ids[2]]);
		expect(p.stored).toBeNull();
		expect(p.memory.poll).toBeUndefined();
		expect((await p.poll()).items.map((c) => c.id)).toEqual(
			[ids[0], ids[1], ids[2]].sort().slice(0, 2).concat(ids[2]),
		);
		expect((await p.poll()).result).toBeNull();
	});
});
