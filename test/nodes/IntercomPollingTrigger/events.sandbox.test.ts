import { sandboxPollingTrigger } from './fixtures';
import type { Sandbox } from '../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../sandbox';

// The new events' real poll() against the sandbox, the changes made through Intercom's API (a
// close, replies, tags, a state change) at times set on the sandbox's clock, and search that lags
// behind new records (searchLagSeconds). Each scenario counts what was missed and what came twice.
let sandbox: Sandbox;
const ADMIN = '991267460';

const poller = (parameters: Record<string, unknown>) =>
	sandboxPollingTrigger(sandbox.url, parameters);

async function call(method: string, path: string, body?: unknown) {
	const res = await fetch(`${sandbox.url}${path}`, {
		method,
		headers: {
			authorization: `Bearer ${SANDBOX_TOKEN}`,
			'intercom-version': '2.16',
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const answer = (await res.json()) as Record<string, unknown>;
	if (res.status !== 200)
		throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(answer)}`);
	return answer;
}

const nowS = () => Math.floor(Date.now() / 1000);
let serial = 0;
/** A conversation started by a new contact. */
async function conversation(): Promise<string> {
	const contact = await call('POST', '/contacts', {
		role: 'user',
		email: `ev${++serial}@example.com`,
	});
	const made = await call('POST', '/conversations', {
		from: { type: 'user', id: contact.id },
		body: 'Hello',
	});
	contactOf.set(String(made.conversation_id), String(contact.id));
	return String(made.conversation_id);
}
const contactOf = new Map<string, string>();
const at = (seconds: number) => sandbox.clock.set(seconds);

/** Missed and twice-output, from what should come out and what did (keys). */
function tally(expected: string[], output: string[]) {
	const seen = new Map<string, number>();
	for (const key of output) seen.set(key, (seen.get(key) ?? 0) + 1);
	return {
		missed: expected.filter((key) => !seen.has(key)).length,
		duplicated: [...seen.values()].reduce((n, count) => n + Math.max(0, count - 1), 0),
		unexpected: [...seen.keys()].filter((key) => !expected.includes(key)).length,
	};
}

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());
afterEach(() => {
	expect(sandbox.violations).toEqual([]);
});

describe('Intercom Polling Trigger events against the sandbox', () => {
	it('Conversation Closed: each close once, a reopened and closed again conversation again; none missed', async () => {
		const t = nowS();
		at(t - 60);
		const before = await conversation();
		await call('POST', `/conversations/${before}/parts`, {
			message_type: 'close',
			type: 'admin',
			admin_id: ADMIN,
		});
		sandbox.clock.reset();
		const p = poller({ event: 'conversation.closed' });
		expect((await p.poll()).result).toBeNull();

		const [a, b] = [await conversation(), await conversation()];
		const close = async (id: string, second: number) => {
			at(second);
			await call('POST', `/conversations/${id}/parts`, {
				message_type: 'close',
				type: 'admin',
				admin_id: ADMIN,
			});
		};
		const out: string[] = [];
		const poll = async () => {
			sandbox.clock.reset();
			for (const c of (await p.poll()).items)
				out.push(`${String(c.id)}@${(c.statistics as { last_close_at: number }).last_close_at}`);
		};
		await close(a, t + 5);
		await close(b, t + 5);
		await poll();
		// Reopened by the contact's reply, closed again.
		at(t + 20);
		await call('POST', `/conversations/${a}/reply`, {
			type: 'user',
			message_type: 'comment',
			intercom_user_id: contactOf.get(a),
			body: 'Still broken',
		});
		await close(a, t + 30);
		await poll();
		await poll();
		expect(tally([`${a}@${t + 5}`, `${b}@${t + 5}`, `${a}@${t + 30}`], out)).toEqual({
			missed: 0,
			duplicated: 0,
			unexpected: 0,
		});
	});

	it('New Admin Reply and New User Reply: notes do not count; several replies between checks give one item', async () => {
		const t = nowS();
		const admin = poller({ event: 'conversation.adminReplied' });
		const user = poller({ event: 'conversation.userReplied' });
		await admin.poll();
		await user.poll();
		const id = await conversation();
		const contactId = contactOf.get(id);
		at(t + 10);
		await call('POST', `/conversations/${id}/reply`, {
			type: 'admin',
			message_type: 'note',
			admin_id: ADMIN,
			body: 'Internal',
		});
		sandbox.clock.reset();
		expect((await admin.poll()).result).toBeNull();
		at(t + 11);
		await call('POST', `/conversations/${id}/reply`, {
			type: 'admin',
			message_type: 'comment',
			admin_id: ADMIN,
			body: 'One',
		});
		at(t + 12);
		await call('POST', `/conversations/${id}/reply`, {
			type: 'admin',
			message_type: 'comment',
			admin_id: ADMIN,
			body: 'Two',
		});
		at(t + 13);
		await call('POST', `/conversations/${id}/reply`, {
			type: 'user',
			message_type: 'comment',
			intercom_user_id: contactId,
			body: 'Thanks',
		});
		sandbox.clock.reset();
		const admins = (await admin.poll()).items;
		expect(
			admins.map((c) => [
				c.id,
				(c.statistics as { last_admin_reply_at: number }).last_admin_reply_at,
			]),
		).toEqual([[id, t + 12]]);
		const users = (await user.poll()).items;
		// The contact's first message (at creation) and the reply: one item, the latest reply.
		expect(
			users.map((c) => [
				c.id,
				(c.statistics as { last_contact_reply_at: number }).last_contact_reply_at,
			]),
		).toEqual([[id, t + 13]]);
		expect((await admin.poll()).result).toBeNull();
		expect((await user.poll()).result).toBeNull();
	});

	it('Conversation Rating Added and Tag Added to Conversation: each rating and each tag once', async () => {
		const t = nowS();
		const rated = poller({ event: 'conversation.rated' });
		const tagged = poller({ event: 'conversation.tagAdded' });
		await rated.poll();
		await tagged.poll();
		const id = await conversation();
		const tags = await Promise.all(
			['vip', 'billing'].map(async (name) => String((await call('POST', '/tags', { name })).id)),
		);
		at(t + 10);
		await call('POST', `/__sandbox/conversations/${id}/rating`, { rating: 5, remark: 'Great' });
		await call('POST', `/conversations/${id}/tags`, { id: tags[0], admin_id: ADMIN });
		at(t + 11);
		await call('POST', `/conversations/${id}/tags`, { id: tags[1], admin_id: ADMIN });
		sandbox.clock.reset();
		expect(
			(await rated.poll()).items.map((c) => [
				c.id,
				(c.conversation_rating as { rating: number }).rating,
			]),
		).toEqual([[id, 5]]);
		expect(
			(await tagged.poll()).items.map((c) => c.tag_added as { name: string; applied_at: number }),
		).toEqual([
			expect.objectContaining({ name: 'vip', applied_at: t + 10 }),
			expect.objectContaining({ name: 'billing', applied_at: t + 11 }),
		]);
		expect((await rated.poll()).result).toBeNull();
		expect((await tagged.poll()).result).toBeNull();
	});

	it('Ticket State Changed: each change once, in order, with the states', async () => {
		const t = nowS();
		const p = poller({ event: 'ticket.stateChanged' });
		await p.poll();
		const contact = await call('POST', '/contacts', { role: 'user', email: 'ticket@example.com' });
		const types = (await call('GET', '/ticket_types')).data as Array<{ id: string }>;
		const states = (await call('GET', '/ticket_states')).data as Array<{
			id: string;
			category: string;
		}>;
		const ticket = await call('POST', '/tickets', {
			ticket_type_id: types[0].id,
			contacts: [{ id: contact.id }],
			ticket_attributes: { _default_title_: 'Crash', Severity: 'High' },
		});
		const move = async (category: string, second: number) => {
			at(second);
			const state = states.find((s) => s.category === category)!;
			await call('PUT', `/tickets/${String(ticket.id)}`, {
				ticket_state_id: state.id,
				admin_id: Number(ADMIN),
			});
		};
		await move('in_progress', t + 10);
		await move('waiting_on_customer', t + 20);
		sandbox.clock.reset();
		const first = (await p.poll()).items;
		await move('resolved', t + 30);
		sandbox.clock.reset();
		const second = (await p.poll()).items;
		const changes = [...first, ...second].map((x) => {
			const c = x.state_change as { ticket_state: string; changed_at: number };
			return `${c.ticket_state}@${c.changed_at}`;
		});
		expect(changes).toEqual([
			`in_progress@${t + 10}`,
			`waiting_on_customer@${t + 20}`,
			`resolved@${t + 30}`,
		]);
		expect((await p.poll()).result).toBeNull();
	});

	it('search that lags behind new records: contacts made just before a check come with a later one, once', async () => {
		await call('POST', '/__sandbox/config', { searchLagSeconds: 120 });
		const p = poller({ event: 'contact.created', options: { lookBackMinutes: 5 } });
		await p.poll();
		const t = nowS();
		const made: string[] = [];
		at(t + 5);
		for (let k = 0; k < 3; k++)
			made.push(String((await call('POST', '/contacts', { role: 'lead', name: `Late ${k}` })).id));
		const out: string[] = [];
		// Checks a minute apart on the sandbox's clock; the trigger's own clock is real time.
		for (const second of [t + 65, t + 125, t + 185]) {
			at(second);
			for (const c of (await p.poll()).items) out.push(String(c.id));
		}
		expect(tally(made, out)).toEqual({ missed: 0, duplicated: 0, unexpected: 0 });
	});
});
