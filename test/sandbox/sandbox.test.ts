/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test-only code: a local HTTP server receives the sandbox's webhooks; setImmediate lets the event loop turn */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Sandbox } from '../../sandbox';
import { SANDBOX_CLIENT_SECRET, SANDBOX_TOKEN, demoData, sign, startSandbox } from '../../sandbox';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes, read field by field in each test
type Answer = { status: number; body: any; headers: Headers };

async function call(
	method: string,
	path: string,
	body?: unknown,
	headers: Record<string, string> = {},
): Promise<Answer> {
	const res = await fetch(`${sandbox.url}${path}`, {
		method,
		headers: {
			authorization: `Bearer ${SANDBOX_TOKEN}`,
			'intercom-version': '2.16',
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
			...headers,
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

describe('sandbox: auth, version, errors', () => {
	it('answers 401 error.list without a valid bearer token', async () => {
		const res = await call('GET', '/me', undefined, { authorization: 'Bearer nope' });
		expect(res.status).toBe(401);
		expect(res.body).toEqual({
			type: 'error.list',
			request_id: expect.any(String),
			errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
		});
	});

	it('refuses an unknown Intercom-Version and records a missing one as a violation', async () => {
		expect((await call('GET', '/me', undefined, { 'intercom-version': '1.4' })).status).toBe(400);
		const res = await fetch(`${sandbox.url}/me`, {
			headers: { authorization: `Bearer ${SANDBOX_TOKEN}` },
		});
		expect(res.status).toBe(200);
		expect(sandbox.violations).toEqual([
			'GET /me: no Intercom-Version header (the nodes must pin the API version)',
		]);
	});

	it('404 for unknown IDs, 409 for a duplicate user, 400 for a body without identity', async () => {
		expect((await call('GET', '/contacts/5a0000000000000000000999')).body.errors[0]).toEqual({
			code: 'not_found',
			message: 'User Not Found',
		});
		await call('POST', '/contacts', { role: 'user', email: 'a@example.com' });
		const dup = await call('POST', '/contacts', { role: 'user', email: 'A@example.com' });
		expect(dup.status).toBe(409);
		expect(dup.body.errors[0].message).toMatch(/already exists with id=5a/);
		expect((await call('POST', '/contacts', { name: 'Nobody' })).status).toBe(400);
	});

	it('records every request the OpenAPI description does not allow', async () => {
		await call('PUT', '/contacts/5a0000000000000000000999', { nickname: 'x' });
		expect(sandbox.violations).toEqual([
			expect.stringContaining('property "nickname" is not in the spec'),
		]);
		sandbox.violations.length = 0;
		await call('GET', '/contacts?per_page=10');
		expect(sandbox.violations).toEqual([]);
	});
});

describe('sandbox: contacts', () => {
	it('create, get, update, archive (hidden from lists), delete', async () => {
		const created = await call('POST', '/contacts', {
			role: 'user',
			email: 'ada@example.com',
			name: 'Ada',
			custom_attributes: { plan: 'Pro' },
		});
		expect(created.status).toBe(200);
		const id = created.body.id as string;
		expect(id).toMatch(/^[0-9a-f]{24}$/);
		expect((await call('GET', `/contacts/${id}`)).body).toMatchObject({
			type: 'contact',
			email: 'ada@example.com',
			custom_attributes: { plan: 'Pro' },
		});
		expect((await call('PUT', `/contacts/${id}`, { name: 'Ada King' })).body.name).toBe('Ada King');
		expect((await call('POST', `/contacts/${id}/archive`)).body).toEqual({
			id,
			external_id: null,
			type: 'contact',
			archived: true,
		});
		expect((await call('GET', '/contacts')).body.data).toEqual([]);
		expect((await call('DELETE', `/contacts/${id}`)).body).toEqual({
			id,
			external_id: null,
			type: 'contact',
			deleted: true,
		});
		expect((await call('GET', `/contacts/${id}`)).status).toBe(404);
	});

	it('unknown custom attributes are refused like Intercom does', async () => {
		const res = await call('POST', '/contacts', {
			role: 'user',
			email: 'b@example.com',
			custom_attributes: { nope: 1 },
		});
		expect(res.status).toBe(400);
		expect(res.body.errors[0]).toMatchObject({
			code: 'parameter_invalid',
			field: 'custom_attributes',
		});
	});

	it('lists with cursors: per_page up to 150, pages.next.starting_after until the end', async () => {
		sandbox.seed({
			contacts: Array.from({ length: 320 }, (_, i) => ({
				role: 'lead',
				email: `l${i}@example.com`,
			})),
		});
		const seen: string[] = [];
		let cursor: string | undefined;
		let pages = 0;
		do {
			const res = await call(
				'GET',
				`/contacts?per_page=150${cursor ? `&starting_after=${cursor}` : ''}`,
			);
			pages += 1;
			seen.push(...res.body.data.map((c: { email: string }) => c.email));
			cursor = res.body.pages.next?.starting_after;
		} while (cursor);
		expect(pages).toBe(3);
		expect(seen).toHaveLength(320);
		expect(new Set(seen).size).toBe(320);
		expect((await call('GET', '/contacts?per_page=151')).status).toBe(400);
	});

	it('searches with the DSL: groups, operators, custom attributes, tags, sort and body cursor', async () => {
		const { contacts, tags } = sandbox.seed({ ...demoData(), tags: [{ name: 'VIP' }] });
		await call('POST', `/contacts/${contacts[0].id as string}/tags`, { id: tags[0].id });
		const search = async (query: unknown, extra: object = {}) =>
			(await call('POST', '/contacts/search', { query, ...extra })).body;
		const names = (body: { data: Array<{ name: string }> }) => body.data.map((c) => c.name);

		expect(
			names(await search({ field: 'custom_attributes.plan', operator: '=', value: 'Pro' })),
		).toEqual(['Ada Lovelace', 'Alan Turing']);
		expect(
			names(
				await search({
					operator: 'AND',
					value: [
						{ field: 'role', operator: '=', value: 'user' },
						{ field: 'custom_attributes.seats', operator: '>', value: 10 },
					],
				}),
			),
		).toEqual(['Ada Lovelace', 'Alan Turing']);
		expect(
			names(
				await search({
					operator: 'OR',
					value: [
						{ field: 'email', operator: '$', value: 'globex.example' },
						{ field: 'name', operator: '^', value: 'hedy' },
					],
				}),
			),
		).toEqual(['Grace Hopper', 'Hedy Lamarr']);
		expect(names(await search({ field: 'tag_id', operator: '=', value: tags[0].id }))).toEqual([
			'Ada Lovelace',
		]);
		expect(
			names(
				await search({ field: 'name', operator: 'IN', value: ['Ada Lovelace', 'Grace Hopper'] }),
			),
		).toEqual(['Ada Lovelace', 'Grace Hopper']);
		expect(names(await search({ field: 'name', operator: '!~', value: 'a' }))).toEqual([]);
		const sorted = await search(
			{ field: 'role', operator: '=', value: 'user' },
			{
				sort: { field: 'custom_attributes.seats', order: 'descending' },
				pagination: { per_page: 2 },
			},
		);
		expect(names(sorted)).toEqual(['Alan Turing', 'Ada Lovelace']);
		const next = await search(
			{ field: 'role', operator: '=', value: 'user' },
			{
				sort: { field: 'custom_attributes.seats', order: 'descending' },
				pagination: { per_page: 2, starting_after: sorted.pages.next.starting_after },
			},
		);
		expect(names(next)).toEqual(['Grace Hopper']);
		expect(next.pages.next).toBeUndefined();
		const tooMany = await search({
			operator: 'OR',
			value: Array.from({ length: 16 }, () => ({ field: 'name', operator: '=', value: 'x' })),
		});
		expect(tooMany.errors[0].message).toMatch(/at most 15/);
	});
});

describe('sandbox: companies and tags', () => {
	it('upserts by company_id, attaches contacts, tags companies and lists a company’s contacts', async () => {
		const first = await call('POST', '/companies', { company_id: 'acme', name: 'Acme' });
		const again = await call('POST', '/companies', { company_id: 'acme', plan: 'Pro' });
		expect(again.body.id).toBe(first.body.id);
		expect(again.body).toMatchObject({ name: 'Acme', plan: { name: 'Pro' } });
		const contact = (await call('POST', '/contacts', { role: 'user', email: 'c@example.com' }))
			.body;
		await call('POST', `/contacts/${contact.id as string}/companies`, { id: first.body.id });
		expect(
			(await call('GET', `/companies/${first.body.id as string}/contacts`)).body.data.map(
				(c: { id: string }) => c.id,
			),
		).toEqual([contact.id]);
		const tag = (
			await call('POST', '/tags', { name: 'Key account', companies: [{ id: first.body.id }] })
		).body;
		expect(
			(await call('GET', `/companies/${first.body.id as string}`)).body.tags.tags.map(
				(t: { id: string }) => t.id,
			),
		).toEqual([tag.id]);
		await call('POST', '/tags', {
			name: 'Key account',
			companies: [{ id: first.body.id, untag: true }],
		});
		expect((await call('GET', `/companies/${first.body.id as string}`)).body.tags.tags).toEqual([]);
		expect((await call('GET', '/companies?company_id=acme')).body.id).toBe(first.body.id);
		expect((await call('GET', '/companies?company_id=nope')).body.errors[0].code).toBe(
			'company_not_found',
		);
	});

	it('scrolls companies 100 at a time, one scroll at a time, ending with an empty page', async () => {
		sandbox.seed({ companies: Array.from({ length: 250 }, (_, i) => ({ company_id: `co-${i}` })) });
		const first = (await call('GET', '/companies/scroll')).body;
		expect(first.data).toHaveLength(100);
		expect((await call('GET', '/companies/scroll')).body.errors[0].code).toBe('scroll_exists');
		let param = first.scroll_param as string;
		let total = first.data.length;
		for (;;) {
			const page = (await call('GET', `/companies/scroll?scroll_param=${param}`)).body;
			total += page.data.length;
			if (page.data.length === 0) break;
			param = page.scroll_param;
		}
		expect(total).toBe(250);
		expect((await call('GET', '/companies/scroll')).status).toBe(200);
	});

	it.each([
		['a 500', { errorRate: 1 }, 500],
		['a dropped connection', { dropRate: 1 }, 0],
	])(
		'%s mid-scroll closes the scroll: its scroll_param is dead and a call without one opens a new scroll',
		async (_fault, faults: { errorRate?: number; dropRate?: number }, status) => {
			sandbox.seed({
				companies: Array.from({ length: 250 }, (_, i) => ({ company_id: `co-${i}` })),
			});
			const first = (await call('GET', '/companies/scroll')).body;
			const param = first.scroll_param as string;
			sandbox.configure({ faults });
			const failed = await call('GET', `/companies/scroll?scroll_param=${param}`).catch(
				() => undefined,
			);
			// A dropped connection gives no answer at all (fetch rejects).
			expect(failed?.status ?? 0).toBe(status);
			sandbox.configure({ faults: {} });
			expect((await call('GET', `/companies/scroll?scroll_param=${param}`)).status).toBe(404);
			const again = await call('GET', '/companies/scroll');
			expect(again.status).toBe(200);
			expect(again.body.data.map((c: { company_id: string }) => c.company_id)).toEqual(
				first.data.map((c: { company_id: string }) => c.company_id),
			);
			expect(again.body.scroll_param).not.toBe(param);
		},
	);

	it('tags: create, rename by id, list, tag and untag a contact, delete', async () => {
		const tag = (await call('POST', '/tags', { name: 'Beta' })).body;
		expect((await call('POST', '/tags', { id: tag.id, name: 'Beta testers' })).body).toMatchObject({
			id: tag.id,
			name: 'Beta testers',
		});
		const contact = (await call('POST', '/contacts', { role: 'lead' })).body;
		await call('POST', `/contacts/${contact.id as string}/tags`, { id: tag.id });
		expect(
			(await call('GET', `/contacts/${contact.id as string}/tags`)).body.data.map(
				(t: { name: string }) => t.name,
			),
		).toEqual(['Beta testers']);
		await call('DELETE', `/contacts/${contact.id as string}/tags/${tag.id as string}`);
		expect((await call('GET', `/contacts/${contact.id as string}/tags`)).body.data).toEqual([]);
		expect((await call('DELETE', `/tags/${tag.id as string}`)).status).toBe(200);
		expect((await call('GET', '/tags')).body.data).toEqual([]);
	});
});

describe('sandbox: conversations, tickets, messages', () => {
	it('a contact’s conversation: reply, tag, assign, close, then search finds it closed', async () => {
		const { contacts, tags } = sandbox.seed({
			contacts: [{ role: 'user', email: 'u@example.com' }],
			tags: [{ name: 'Billing' }],
		});
		const message = (
			await call('POST', '/conversations', {
				from: { type: 'user', id: contacts[0].id },
				body: 'My invoice is wrong',
			})
		).body;
		expect(message).toMatchObject({
			type: 'user_message',
			body: 'My invoice is wrong',
			conversation_id: expect.any(String),
		});
		const id = message.conversation_id as string;
		const admin = '991267460';
		await call('POST', `/conversations/${id}/reply`, {
			message_type: 'comment',
			type: 'admin',
			admin_id: admin,
			body: 'Looking into it',
		});
		await call('POST', `/conversations/${id}/tags`, { id: tags[0].id, admin_id: admin });
		await call('POST', `/conversations/${id}/parts`, {
			message_type: 'assignment',
			type: 'team',
			admin_id: admin,
			assignee_id: '814',
		});
		const closed = (
			await call('POST', `/conversations/${id}/parts`, {
				message_type: 'close',
				type: 'admin',
				admin_id: admin,
			})
		).body;
		expect(closed).toMatchObject({
			state: 'closed',
			open: false,
			team_assignee_id: '814',
			tags: { tags: [{ name: 'Billing' }] },
		});
		expect(
			closed.conversation_parts.conversation_parts.map((p: { part_type: string }) => p.part_type),
		).toEqual(['comment', 'assignment', 'close']);
		const found = (
			await call('POST', '/conversations/search', {
				query: {
					operator: 'AND',
					value: [
						{ field: 'state', operator: '=', value: 'closed' },
						{ field: 'tag_ids', operator: 'IN', value: [tags[0].id] },
					],
				},
			})
		).body;
		expect(found.conversations.map((c: { id: string }) => c.id)).toEqual([id]);
		expect(
			(
				await call('POST', `/conversations/${id}/reply`, {
					message_type: 'comment',
					type: 'admin',
					admin_id: admin,
					body: '',
				})
			).status,
		).toBe(400);
		expect(
			(
				await call('POST', `/conversations/${id}/parts`, {
					message_type: 'snoozed',
					admin_id: admin,
					snoozed_until: 1000,
				})
			).status,
		).toBe(400);
		const lastContact = await call(
			'DELETE',
			`/conversations/${id}/customers/${contacts[0].id as string}`,
			{ admin_id: admin },
		);
		expect(lastContact.status).toBe(422);
		expect(lastContact.body.errors[0].message).toBe('Removing the last customer is not allowed');
		expect(sandbox.violations).toEqual([]);
	});

	it('tickets check their type’s required attributes; state updates, replies and search', async () => {
		const { contacts } = sandbox.seed({ contacts: [{ role: 'user', email: 't@example.com' }] });
		const missing = await call('POST', '/tickets', {
			ticket_type_id: '71',
			contacts: [{ id: contacts[0].id }],
			ticket_attributes: { _default_title_: 'Crash' },
		});
		expect(missing.status).toBe(400);
		expect(missing.body.errors[0].message).toBe('Ticket attribute Severity is required');
		const ticket = (
			await call('POST', '/tickets', {
				ticket_type_id: '71',
				contacts: [{ email: 't@example.com' }],
				ticket_attributes: { _default_title_: 'Crash', Severity: 'High' },
			})
		).body;
		expect(ticket).toMatchObject({
			type: 'ticket',
			ticket_state: { category: 'submitted' },
			ticket_type: { name: 'Bug Report' },
		});
		const updated = (
			await call('PUT', `/tickets/${ticket.id as string}`, { ticket_state_id: '8002' })
		).body;
		expect(updated.ticket_state.category).toBe('in_progress');
		const reply = (
			await call('POST', `/tickets/${ticket.id as string}/reply`, {
				message_type: 'note',
				type: 'admin',
				admin_id: '991267460',
				body: 'Reproduced',
			})
		).body;
		expect(reply).toMatchObject({ type: 'ticket_part', part_type: 'note', body: 'Reproduced' });
		const found = (
			await call('POST', '/tickets/search', {
				query: { field: 'state', operator: '=', value: 'in_progress' },
			})
		).body;
		expect(found.tickets.map((t: { id: string }) => t.id)).toEqual([ticket.id]);
		// The change of state is a part too, before the note.
		expect(
			(await call('GET', `/tickets/${ticket.id as string}`)).body.ticket_parts.ticket_parts.map(
				(p: { part_type: string }) => p.part_type,
			),
		).toEqual(['ticket_state_updated_by_admin', 'note']);
		// The four default states, and the tracker type's own.
		expect((await call('GET', '/ticket_states')).body.data).toHaveLength(5);
	});

	it('admin messages: email needs a subject; a conversation can be created with it', async () => {
		const { contacts } = sandbox.seed({ contacts: [{ role: 'user', email: 'm@example.com' }] });
		const base = {
			from: { type: 'admin', id: '991267460' },
			to: { type: 'user', id: contacts[0].id },
			body: 'Hi',
		};
		const noSubject = await call('POST', '/messages', { ...base, message_type: 'email' });
		expect(noSubject.status).toBe(422);
		expect(noSubject.body.errors[0]).toEqual({
			code: 'parameter_not_found',
			message: 'No subject supplied for email message',
			field: 'subject',
		});
		const sent = (
			await call('POST', '/messages', {
				...base,
				message_type: 'inapp',
				create_conversation_without_contact_reply: true,
			})
		).body;
		expect(sent).toMatchObject({
			type: 'admin_message',
			message_type: 'inapp',
			conversation_id: expect.any(String),
		});
		expect((await call('GET', `/conversations/${sent.conversation_id as string}`)).status).toBe(
			200,
		);
	});
});

describe('sandbox: rate limit, latency, faults', () => {
	it('counts down X-RateLimit-Remaining and answers 429 rate_limit_exceeded when the window is used up', async () => {
		let clock = Date.UTC(2026, 0, 1, 12, 0, 3);
		const limited = await startSandbox({
			rateLimit: { perMinute: 18, windowSeconds: 10 },
			clock: () => clock,
		});
		const get = async () => {
			const res = await fetch(`${limited.url}/me`, {
				headers: { authorization: `Bearer ${SANDBOX_TOKEN}`, 'intercom-version': '2.16' },
			});
			return {
				status: res.status,
				headers: res.headers,
				body: (await res.json()) as { errors: Array<{ code: string }> },
			};
		};
		const answers = [];
		try {
			for (let i = 0; i < 4; i++) answers.push(await get());
			clock += 7000;
			answers.push(await get());
		} finally {
			await limited.close();
		}
		expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 200]);
		expect(answers.map((a) => a.headers.get('x-ratelimit-remaining'))).toEqual([
			'2',
			'1',
			'0',
			'0',
			'2',
		]);
		expect(answers[0].headers.get('x-ratelimit-limit')).toBe('18');
		expect(Number(answers[3].headers.get('x-ratelimit-reset'))).toBe(
			Date.UTC(2026, 0, 1, 12, 0, 10) / 1000,
		);
		expect(Number(answers[4].headers.get('x-ratelimit-reset'))).toBe(
			Date.UTC(2026, 0, 1, 12, 0, 20) / 1000,
		);
		expect(answers[3].body.errors[0].code).toBe('rate_limit_exceeded');
		expect(limited.stats.rateLimited).toBe(1);
	});

	it('injects 500s and dropped connections in the configured shares, repeatably', async () => {
		const outcome = async () => {
			sandbox.reset();
			sandbox.configure({ faults: { errorRate: 0.2, dropRate: 0.1 }, seed: 7 });
			const results: string[] = [];
			for (let i = 0; i < 200; i++) {
				results.push(
					await call('GET', '/me').then(
						(a) => String(a.status),
						() => 'drop',
					),
				);
			}
			return results;
		};
		const first = await outcome();
		const count = (v: string) => first.filter((r) => r === v).length;
		expect(count('500')).toBe(sandbox.stats.injected500);
		expect(count('drop')).toBe(sandbox.stats.dropped);
		expect(count('500')).toBeGreaterThan(20);
		expect(count('500')).toBeLessThan(60);
		expect(count('drop')).toBeGreaterThan(8);
		expect(count('drop')).toBeLessThan(35);
		expect(count('200') + count('500') + count('drop')).toBe(200);
		expect(await outcome()).toEqual(first);
	});

	it('tracks requests in flight (held with pause until all six are in)', async () => {
		sandbox.pause();
		const answers = Promise.all(Array.from({ length: 6 }, () => call('GET', '/me')));
		await sandbox.inFlightReaches(6);
		expect(sandbox.stats.requests).toBe(6);
		sandbox.resume();
		expect((await answers).map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
		expect(sandbox.stats.maxInFlight).toBe(6);
		expect(sandbox.stats.inFlight).toBe(0);
		expect(sandbox.stats.byRoute['GET /me']).toBe(6);
	});

	it('waits the configured latency before it answers: fixed, or drawn from the range repeatably', async () => {
		const waits: number[] = [];
		let release = () => {};
		let held: Promise<void> | undefined;
		const slow = await startSandbox({
			sleep: async (ms) => {
				waits.push(ms);
				if (held) await held;
			},
		});
		const get = async () =>
			(
				await fetch(`${slow.url}/me`, {
					headers: { authorization: `Bearer ${SANDBOX_TOKEN}`, 'intercom-version': '2.16' },
				})
			).status;
		try {
			expect(await get()).toBe(200);
			expect(waits).toEqual([]); // no latency configured: no wait

			slow.configure({ latencyMs: 30 });
			held = new Promise<void>((resolve) => (release = resolve));
			let answered = false;
			const answer = get().then((status) => {
				answered = true;
				return status;
			});
			while (waits.length === 0) await new Promise((r) => setImmediate(r));
			for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
			// The request is held in the wait: no answer until it ends.
			expect(waits).toEqual([30]);
			expect(answered).toBe(false);
			release();
			expect(await answer).toBe(200);
			held = undefined;

			const ranged = async () => {
				waits.length = 0;
				slow.configure({ latencyMs: [10, 50], seed: 3 });
				for (let i = 0; i < 5; i++) expect(await get()).toBe(200);
				return [...waits];
			};
			const first = await ranged();
			expect(first).toHaveLength(5);
			for (const ms of first) {
				expect(ms).toBeGreaterThanOrEqual(10);
				expect(ms).toBeLessThanOrEqual(50);
			}
			expect(new Set(first).size).toBe(5);
			expect(await ranged()).toEqual(first);
		} finally {
			release();
			await slow.close();
		}
	});
});

describe('sandbox: webhooks', () => {
	it('signs the raw body with HMAC-SHA1 of the client secret and POSTs a notification_event', async () => {
		const received: Array<{ headers: Record<string, unknown>; body: string }> = [];
		const target = createServer((req, res) => {
			let body = '';
			req.on('data', (d: Buffer) => (body += d.toString()));
			req.on('end', () => {
				received.push({ headers: req.headers, body });
				res.writeHead(200).end('ok');
			});
		});
		await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
		const { port } = target.address() as AddressInfo;
		try {
			const sent = await sandbox.sendWebhook(
				`http://127.0.0.1:${port}/hook`,
				'contact.user.created',
				{ type: 'contact', id: 'c1' },
				{ id: 'notif_1' },
			);
			expect(sent.status).toBe(200);
			const [{ headers, body }] = received;
			expect(headers['x-hub-signature']).toBe(sign(body, SANDBOX_CLIENT_SECRET));
			expect(headers['x-hub-signature']).toMatch(/^sha1=[0-9a-f]{40}$/);
			expect(JSON.parse(body)).toMatchObject({
				type: 'notification_event',
				id: 'notif_1',
				topic: 'contact.user.created',
				data: { type: 'notification_event_data', item: { id: 'c1' } },
			});
		} finally {
			await new Promise((r) => target.close(r));
		}
	});

	it('matches a known HMAC-SHA1 vector (RFC 2202 test case 2)', () => {
		expect(sign('what do ya want for nothing?', 'Jefe')).toBe(
			'sha1=effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
		);
	});
});
