import type { Sandbox } from '../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../sandbox';

// What a trigger polling Intercom's searches needs of the sandbox: a clock tests control, search
// that lags behind new records, conversation statistics and ratings, per-record tag times and
// ticket state changes as parts. All through HTTP, with request validation on.
let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes, read field by field in each test
type Answer = { status: number; body: any };

async function call(method: string, path: string, body?: unknown): Promise<Answer> {
	const res = await fetch(`${sandbox.url}${path}`, {
		method,
		headers: {
			authorization: `Bearer ${SANDBOX_TOKEN}`,
			'intercom-version': '2.16',
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** A control call (`/__sandbox/…`). */
const control = async (method: string, what: string, body?: unknown) =>
	await call(method, `/__sandbox/${what}`, body);

const T0 = 1_800_000_000;
const ADMIN = '991267460';
const OTHER_ADMIN = '991267461';

async function contact(email: string): Promise<string> {
	const res = await call('POST', '/contacts', { role: 'user', email });
	expect(res.status).toBe(200);
	return String(res.body.id);
}

/** A conversation started by a new contact; its id and the contact's. */
async function conversation(
	email: string,
	body = 'Hello there',
): Promise<{ id: string; contactId: string }> {
	const contactId = await contact(email);
	const res = await call('POST', '/conversations', { from: { type: 'user', id: contactId }, body });
	expect(res.status).toBe(200);
	return { id: String(res.body.conversation_id), contactId };
}

describe('sandbox clock', () => {
	it('runs on real time until set; set freezes, advance moves it, reset gives real time back', async () => {
		const real = await control('GET', 'clock');
		expect(real.body).toEqual({ now: expect.any(Number), frozen: false });
		// Real time: within a day of the test machine's clock (no finer wall-clock claim).
		expect(Math.abs(real.body.now - Math.floor(Date.now() / 1000))).toBeLessThan(86_400);

		expect((await control('POST', 'clock', { set: T0 })).body).toEqual({ now: T0, frozen: true });
		expect((await control('GET', 'clock')).body).toEqual({ now: T0, frozen: true });
		expect((await control('POST', 'clock', { advance: 90 })).body).toEqual({
			now: T0 + 90,
			frozen: true,
		});
		expect(sandbox.clock.now()).toBe(T0 + 90);
		sandbox.clock.advance(10);
		expect((await control('GET', 'clock')).body.now).toBe(T0 + 100);

		const back = await control('POST', 'clock', { reset: true });
		expect(back.body.frozen).toBe(false);
		expect(Math.abs(back.body.now - real.body.now)).toBeLessThan(86_400);
	});

	it('advancing a running clock shifts it by as much and leaves it running', async () => {
		const before = sandbox.clock.now();
		const shifted = await control('POST', 'clock', { advance: 10 * 86_400 });
		expect(shifted.body.frozen).toBe(false);
		expect(shifted.body.now - before).toBeGreaterThanOrEqual(10 * 86_400);
		expect(shifted.body.now - before).toBeLessThan(11 * 86_400);
	});

	it('refuses a clock call it cannot read', async () => {
		for (const body of [{ set: 'soon' }, { advance: null }, { reset: false }, { freeze: 1 }]) {
			expect((await control('POST', 'clock', body)).status).toBe(400);
		}
		expect((await control('GET', 'clock')).body.frozen).toBe(false);
	});

	it('stamps contacts, conversations, parts, tags and tickets from the clock', async () => {
		await control('POST', 'clock', { set: T0 });
		const { id, contactId } = await conversation('clock@example.com');
		expect((await call('GET', `/contacts/${contactId}`)).body).toMatchObject({
			created_at: T0,
			updated_at: T0,
		});
		await control('POST', 'clock', { advance: 60 });
		const replied = await call('POST', `/conversations/${id}/reply`, {
			message_type: 'comment',
			type: 'admin',
			admin_id: ADMIN,
			body: 'Hi!',
		});
		expect(replied.body).toMatchObject({ created_at: T0, updated_at: T0 + 60 });
		expect(replied.body.conversation_parts.conversation_parts[0].created_at).toBe(T0 + 60);

		await control('POST', 'clock', { advance: 60 });
		const updated = await call('PUT', `/contacts/${contactId}`, { name: 'Later' });
		expect(updated.body.updated_at).toBe(T0 + 120);

		const tag = await call('POST', '/tags', { name: 'Clocked' });
		const ticket = await call('POST', '/tickets', {
			ticket_type_id: '72',
			contacts: [{ id: contactId }],
			ticket_attributes: { _default_title_: 'Refund please' },
		});
		expect(ticket.body).toMatchObject({ created_at: T0 + 120, updated_at: T0 + 120 });
		expect(tag.body.applied_at).toBe(T0 + 120);
	});

	it('sandbox reset gives real time back', async () => {
		sandbox.clock.set(T0);
		await control('POST', 'reset');
		expect(sandbox.clock.frozen).toBe(false);
		expect(sandbox.clock.now()).not.toBe(T0);
	});
});

describe('search index lag (config searchLagSeconds)', () => {
	const search = async (what: 'contacts' | 'conversations' | 'tickets') => {
		const res = await call('POST', `/${what}/search`, {
			query: { field: 'created_at', operator: '>', value: 0 },
		});
		expect(res.status).toBe(200);
		return (res.body[what === 'contacts' ? 'data' : what] as Array<{ id: string }>).map((r) =>
			String(r.id),
		);
	};

	it('hides new contacts, conversations and tickets from search until the lag has passed; GET shows them at once', async () => {
		expect((await control('POST', 'config', { searchLagSeconds: 120 })).body).toMatchObject({
			searchLagSeconds: 120,
		});
		await control('POST', 'clock', { set: T0 });
		const { id: conversationId, contactId } = await conversation('lag@example.com');
		const ticket = await call('POST', '/tickets', {
			ticket_type_id: '72',
			contacts: [{ id: contactId }],
			ticket_attributes: { _default_title_: 'Late' },
		});
		const ticketId = String(ticket.body.id);

		expect((await call('GET', `/contacts/${contactId}`)).status).toBe(200);
		expect((await call('GET', `/conversations/${conversationId}`)).status).toBe(200);
		expect((await call('GET', `/tickets/${ticketId}`)).status).toBe(200);
		expect(await search('contacts')).toEqual([]);
		expect(await search('conversations')).toEqual([]);
		expect(await search('tickets')).toEqual([]);

		await control('POST', 'clock', { advance: 119 });
		expect(await search('contacts')).toEqual([]);
		const later = await contact('later@example.com');

		await control('POST', 'clock', { advance: 1 });
		expect(await search('contacts')).toEqual([contactId]);
		expect(await search('conversations')).toEqual([conversationId]);
		expect(await search('tickets')).toEqual([ticketId]);

		// The contact made 119 seconds in shows 120 seconds after its own created_at.
		await control('POST', 'clock', { advance: 118 });
		expect(await search('contacts')).toEqual([contactId]);
		await control('POST', 'clock', { advance: 1 });
		expect(await search('contacts')).toEqual([contactId, later]);
	});

	it('is measured from created_at, so an update does not hide a record again; 0 hides nothing', async () => {
		await control('POST', 'clock', { set: T0 });
		await control('POST', 'config', { searchLagSeconds: 60 });
		const id = await contact('old@example.com');
		await control('POST', 'clock', { advance: 600 });
		await call('PUT', `/contacts/${id}`, { name: 'Changed' });
		expect(await search('contacts')).toEqual([id]);

		const fresh = await contact('fresh@example.com');
		expect(await search('contacts')).toEqual([id]);
		await control('POST', 'config', { searchLagSeconds: 0 });
		expect(await search('contacts')).toEqual([id, fresh]);
	});

	it('refuses a lag that is not a number of seconds; reset puts it back to 0', async () => {
		expect((await control('POST', 'config', { searchLagSeconds: -1 })).status).toBe(400);
		expect((await control('POST', 'config', { searchLagSeconds: '60' })).status).toBe(400);
		await control('POST', 'config', { searchLagSeconds: 30 });
		await control('POST', 'reset');
		expect(sandbox.config.searchLagSeconds).toBe(0);
		await contact('now@example.com');
		expect(await search('contacts')).toHaveLength(1);
	});
});

describe('conversation statistics', () => {
	const at = async (seconds: number) => await control('POST', 'clock', { set: T0 + seconds });
	const adminReply = async (id: string, admin: string, extra: object = {}) =>
		await call('POST', `/conversations/${id}/reply`, {
			message_type: 'comment',
			type: 'admin',
			admin_id: admin,
			body: 'On it',
			...extra,
		});
	const contactReply = async (id: string, contactId: string) =>
		await call('POST', `/conversations/${id}/reply`, {
			message_type: 'comment',
			type: 'user',
			intercom_user_id: contactId,
			body: 'Thanks',
		});
	const parts = async (id: string, body: object) =>
		await call('POST', `/conversations/${id}/parts`, { admin_id: ADMIN, ...body });

	it('a new conversation: its source is the first contact reply; nothing else happened', async () => {
		await at(0);
		const { id } = await conversation('stats-new@example.com');
		const got = await call('GET', `/conversations/${id}`);
		expect(got.body.statistics).toEqual({
			type: 'conversation_statistics',
			first_contact_reply_at: T0,
			first_assignment_at: null,
			first_admin_reply_at: null,
			first_close_at: null,
			last_assignment_at: null,
			last_assignment_admin_reply_at: null,
			last_contact_reply_at: T0,
			last_admin_reply_at: null,
			last_close_at: null,
			last_closed_by_id: null,
			count_reopens: 0,
			count_assignments: 0,
			count_conversation_parts: 0,
		});
		expect(got.body.first_contact_reply).toEqual({
			created_at: T0,
			type: 'conversation',
			url: null,
		});
	});

	it('follows replies, notes, assignments, closes and reopens, on every conversation answer', async () => {
		await at(0);
		const { id, contactId } = await conversation('stats@example.com');
		await at(10);
		await adminReply(id, ADMIN, { message_type: 'note', body: 'Internal' });
		await at(20);
		await parts(id, { message_type: 'assignment', type: 'admin', assignee_id: ADMIN });
		await at(30);
		await adminReply(id, ADMIN);
		await at(40);
		await parts(id, { message_type: 'close', type: 'admin' });
		await at(50);
		await contactReply(id, contactId);
		await at(60);
		await parts(id, { message_type: 'assignment', type: 'admin', assignee_id: OTHER_ADMIN });
		await at(65);
		await parts(id, { message_type: 'assignment', type: 'admin', assignee_id: '0' });
		await at(70);
		await adminReply(id, OTHER_ADMIN, {
			message_type: 'quick_reply',
			body: undefined,
			reply_options: [{ text: 'Yes', uuid: '0b0f8b43-0e0f-4c9e-9a8e-6f1d3f0a1c11' }],
		});
		await at(80);
		const closed = await call('POST', `/conversations/${id}/parts`, {
			admin_id: OTHER_ADMIN,
			message_type: 'close',
			type: 'admin',
		});
		const expected = {
			type: 'conversation_statistics',
			first_contact_reply_at: T0,
			first_assignment_at: T0 + 20,
			first_admin_reply_at: T0 + 30,
			first_close_at: T0 + 40,
			last_assignment_at: T0 + 60,
			last_assignment_admin_reply_at: T0 + 70,
			last_contact_reply_at: T0 + 50,
			last_admin_reply_at: T0 + 70,
			last_close_at: T0 + 80,
			last_closed_by_id: OTHER_ADMIN,
			count_reopens: 1,
			count_assignments: 2,
			count_conversation_parts: 9,
		};
		expect(closed.body.statistics).toEqual(expected);
		await at(90);
		const reopened = await parts(id, { message_type: 'open' });
		expect(reopened.body.statistics).toEqual({
			...expected,
			count_reopens: 2,
			count_conversation_parts: 10,
		});
		const listed = await call('GET', '/conversations');
		expect(listed.body.conversations[0].statistics).toEqual(reopened.body.statistics);
	});

	it('an admin-initiated conversation: replies and closes before the contact answers are not counted as firsts', async () => {
		const contactId = await contact('outbound@example.com');
		await at(0);
		const message = await call('POST', '/messages', {
			message_type: 'in_app',
			body: 'Can we help?',
			from: { type: 'admin', id: Number(ADMIN) },
			to: { type: 'user', id: contactId },
			create_conversation_without_contact_reply: true,
		});
		const id = String(message.body.conversation_id);
		await at(10);
		await adminReply(id, ADMIN);
		await at(20);
		await parts(id, { message_type: 'close', type: 'admin' });
		const before = (await call('GET', `/conversations/${id}`)).body;
		expect(before.first_contact_reply).toBeNull();
		expect(before.statistics).toMatchObject({
			first_contact_reply_at: null,
			first_admin_reply_at: null,
			first_close_at: null,
			last_admin_reply_at: T0 + 10,
			last_close_at: T0 + 20,
			last_closed_by_id: ADMIN,
			last_contact_reply_at: null,
			count_reopens: 0,
		});
		await at(30);
		await contactReply(id, contactId);
		await at(40);
		const after = (await adminReply(id, ADMIN)).body;
		expect(after.statistics).toMatchObject({
			first_contact_reply_at: T0 + 30,
			first_admin_reply_at: T0 + 40,
			last_contact_reply_at: T0 + 30,
			count_reopens: 0,
			count_conversation_parts: 4,
		});
		expect(after.first_contact_reply.created_at).toBe(T0 + 30);
	});

	it('searches and sorts by statistics fields', async () => {
		const made: string[] = [];
		for (const [n, replyAt] of [
			[0, 300],
			[1, 100],
			[2, null],
		] as const) {
			await at(n);
			const { id } = await conversation(`stats-search${n}@example.com`);
			made.push(id);
			if (replyAt !== null) {
				await at(replyAt);
				const admin = n === 0 ? ADMIN : OTHER_ADMIN;
				await adminReply(id, admin);
				await parts(id, { message_type: 'close', type: 'admin', admin_id: admin });
			}
		}
		const search = async (query: object, sort?: object) =>
			(
				await call('POST', '/conversations/search', { query, ...(sort ? { sort } : {}) })
			).body.conversations.map((c: { id: string }) => c.id);

		expect(
			await search({ field: 'statistics.first_admin_reply_at', operator: '>', value: T0 + 200 }),
		).toEqual([made[0]]);
		expect(
			await search(
				{ field: 'statistics.first_contact_reply_at', operator: '>', value: T0 - 1 },
				{ field: 'statistics.last_admin_reply_at', order: 'descending' },
			),
		).toEqual([made[0], made[1], made[2]]);
		expect(
			await search(
				{ field: 'statistics.count_conversation_parts', operator: '>', value: 0 },
				{ field: 'statistics.first_admin_reply_at', order: 'ascending' },
			),
		).toEqual([made[1], made[0]]);
		expect(
			await search({ field: 'statistics.last_closed_by_id', operator: '=', value: ADMIN }),
		).toEqual([made[0]]);
	});
});

describe('conversation rating (control endpoint)', () => {
	it('is null until the contact rates; then rating, remark, times, contact and teammate; updated_at moves', async () => {
		await control('POST', 'clock', { set: T0 });
		const { id, contactId } = await conversation('rated@example.com');
		expect((await call('GET', `/conversations/${id}`)).body.conversation_rating).toBeNull();
		await control('POST', 'clock', { set: T0 + 10 });
		await call('POST', `/conversations/${id}/parts`, {
			admin_id: ADMIN,
			message_type: 'assignment',
			type: 'admin',
			assignee_id: OTHER_ADMIN,
		});
		await control('POST', 'clock', { set: T0 + 20 });
		await call('POST', `/conversations/${id}/parts`, {
			admin_id: OTHER_ADMIN,
			message_type: 'close',
			type: 'admin',
		});
		await control('POST', 'clock', { set: T0 + 500 });
		const rated = await control('POST', `conversations/${id}/rating`, {
			rating: 4,
			remark: 'Quick and kind',
		});
		expect(rated.status).toBe(200);
		const expected = {
			rating: 4,
			remark: 'Quick and kind',
			created_at: T0 + 20,
			updated_at: T0 + 500,
			contact: { type: 'contact', id: contactId, external_id: null },
			teammate: { type: 'admin', id: OTHER_ADMIN },
		};
		expect(rated.body.conversation_rating).toEqual(expected);
		const got = (await call('GET', `/conversations/${id}`)).body;
		expect(got.conversation_rating).toEqual(expected);
		expect(got.updated_at).toBe(T0 + 500);

		// Rated again later: the request time stays, the remark stays unless a new one is given.
		await control('POST', 'clock', { set: T0 + 900 });
		const again = await control('POST', `conversations/${id}/rating`, { rating: 5 });
		expect(again.body.conversation_rating).toEqual({
			...expected,
			rating: 5,
			updated_at: T0 + 900,
		});
		expect(again.body.updated_at).toBe(T0 + 900);
	});

	it('refuses a rating outside 1..5, a contact not in the conversation, and an unknown conversation', async () => {
		const { id } = await conversation('refuse@example.com');
		const stranger = await contact('stranger@example.com');
		for (const body of [{ rating: 0 }, { rating: 6 }, { rating: 3.5 }, { remark: 'no score' }])
			expect((await control('POST', `conversations/${id}/rating`, body)).status).toBe(400);
		expect(
			(await control('POST', `conversations/${id}/rating`, { rating: 3, contact_id: stranger }))
				.status,
		).toBe(400);
		expect((await control('POST', 'conversations/999999/rating', { rating: 3 })).status).toBe(404);
		expect((await call('GET', `/conversations/${id}`)).body.conversation_rating).toBeNull();
	});

	it('searches and sorts by conversation_rating.replied_at, score, requested_at and contact_id', async () => {
		await control('POST', 'clock', { set: T0 });
		const a = await conversation('rate-a@example.com');
		const b = await conversation('rate-b@example.com');
		const unrated = await conversation('rate-c@example.com');
		await control('POST', 'clock', { set: T0 + 100 });
		await control('POST', `conversations/${b.id}/rating`, { rating: 2 });
		await control('POST', 'clock', { set: T0 + 200 });
		await control('POST', `conversations/${a.id}/rating`, { rating: 5, requested_at: T0 + 150 });
		const search = async (query: object, sort?: object) =>
			(
				await call('POST', '/conversations/search', { query, ...(sort ? { sort } : {}) })
			).body.conversations.map((c: { id: string }) => c.id);

		expect(
			await search({ field: 'conversation_rating.replied_at', operator: '>', value: T0 + 150 }),
		).toEqual([a.id]);
		expect(
			await search(
				{ field: 'conversation_rating.score', operator: '>', value: 0 },
				{ field: 'conversation_rating.replied_at', order: 'ascending' },
			),
		).toEqual([b.id, a.id]);
		expect(
			await search(
				{ field: 'conversation_rating.score', operator: '>', value: 0 },
				{ field: 'conversation_rating.score', order: 'descending' },
			),
		).toEqual([a.id, b.id]);
		expect(
			await search({ field: 'conversation_rating.requested_at', operator: '=', value: T0 + 150 }),
		).toEqual([a.id]);
		expect(
			await search({ field: 'conversation_rating.contact_id', operator: '=', value: b.contactId }),
		).toEqual([b.id]);
		expect(
			await search(
				{ field: 'updated_at', operator: '>', value: T0 + 50 },
				{
					field: 'updated_at',
					order: 'descending',
				},
			),
		).toEqual([a.id, b.id]);
		expect(await search({ field: 'id', operator: '=', value: unrated.id })).toEqual([unrated.id]);
	});
});

describe('per-record tag times', () => {
	it('each conversation and ticket shows when its tag was applied and by whom; tagging moves updated_at', async () => {
		await control('POST', 'clock', { set: T0 });
		const tag = (await call('POST', '/tags', { name: 'Urgent' })).body;
		const first = await conversation('tag-a@example.com');
		const second = await conversation('tag-b@example.com');
		const ticket = (
			await call('POST', '/tickets', {
				ticket_type_id: '72',
				contacts: [{ id: first.contactId }],
				ticket_attributes: { _default_title_: 'Tagged' },
			})
		).body;

		await control('POST', 'clock', { set: T0 + 100 });
		const onFirst = await call('POST', `/conversations/${first.id}/tags`, {
			id: tag.id,
			admin_id: ADMIN,
		});
		expect(onFirst.body).toEqual({
			type: 'tag',
			id: tag.id,
			name: 'Urgent',
			applied_at: T0 + 100,
			applied_by: { type: 'admin', id: ADMIN },
		});
		await control('POST', 'clock', { set: T0 + 200 });
		await call('POST', `/conversations/${second.id}/tags`, { id: tag.id, admin_id: OTHER_ADMIN });
		await call('POST', `/tickets/${ticket.id}/tags`, { id: tag.id, admin_id: OTHER_ADMIN });

		const a = (await call('GET', `/conversations/${first.id}`)).body;
		const b = (await call('GET', `/conversations/${second.id}`)).body;
		const t = (await call('GET', `/tickets/${ticket.id}`)).body;
		expect(a.tags.tags[0]).toMatchObject({
			applied_at: T0 + 100,
			applied_by: { type: 'admin', id: ADMIN },
		});
		expect(b.tags.tags[0]).toMatchObject({
			applied_at: T0 + 200,
			applied_by: { type: 'admin', id: OTHER_ADMIN },
		});
		expect(t.tags.tags[0]).toMatchObject({
			applied_at: T0 + 200,
			applied_by: { type: 'admin', id: OTHER_ADMIN },
		});
		expect([a.updated_at, b.updated_at, t.updated_at]).toEqual([T0 + 100, T0 + 200, T0 + 200]);

		// Tagging again changes nothing; removing moves updated_at and answers the removed application.
		await control('POST', 'clock', { set: T0 + 300 });
		const again = await call('POST', `/conversations/${first.id}/tags`, {
			id: tag.id,
			admin_id: OTHER_ADMIN,
		});
		expect(again.body).toMatchObject({ applied_at: T0 + 100, applied_by: { id: ADMIN } });
		expect((await call('GET', `/conversations/${first.id}`)).body.updated_at).toBe(T0 + 100);
		await control('POST', 'clock', { set: T0 + 400 });
		const removed = await call('DELETE', `/tickets/${ticket.id}/tags/${tag.id}`, {
			admin_id: ADMIN,
		});
		expect(removed.body).toMatchObject({ applied_at: T0 + 200, applied_by: { id: OTHER_ADMIN } });
		const untagged = (await call('GET', `/tickets/${ticket.id}`)).body;
		expect(untagged.tags.tags).toEqual([]);
		expect(untagged.updated_at).toBe(T0 + 400);
		await control('POST', 'clock', { set: T0 + 500 });
		await call('DELETE', `/conversations/${second.id}/tags/${tag.id}`, { admin_id: ADMIN });
		expect((await call('GET', `/conversations/${second.id}`)).body.updated_at).toBe(T0 + 500);
	});

	it('searches conversations by updated_at after a tag goes on', async () => {
		await control('POST', 'clock', { set: T0 });
		const tag = (await call('POST', '/tags', { name: 'Later' })).body;
		const { id } = await conversation('tag-search@example.com');
		await conversation('tag-other@example.com');
		await control('POST', 'clock', { set: T0 + 60 });
		await call('POST', `/conversations/${id}/tags`, { id: tag.id, admin_id: ADMIN });
		const found = await call('POST', '/conversations/search', {
			query: { field: 'updated_at', operator: '>', value: T0 + 30 },
		});
		expect(found.body.conversations.map((c: { id: string }) => c.id)).toEqual([id]);
	});

	it('contacts: per-contact applied_at (token admin as applied_by); updated_at stays', async () => {
		await control('POST', 'clock', { set: T0 });
		const tag = (await call('POST', '/tags', { name: 'VIP' })).body;
		const a = await contact('vip-a@example.com');
		const b = await contact('vip-b@example.com');
		await control('POST', 'clock', { set: T0 + 10 });
		await call('POST', `/contacts/${a}/tags`, { id: tag.id });
		await control('POST', 'clock', { set: T0 + 20 });
		await call('POST', '/tags', { name: 'VIP', users: [{ id: b }] });
		const me = (await call('GET', '/me')).body;
		expect((await call('GET', `/contacts/${a}/tags`)).body.data).toEqual([
			{
				type: 'tag',
				id: tag.id,
				name: 'VIP',
				applied_at: T0 + 10,
				applied_by: { type: 'admin', id: me.id },
			},
		]);
		expect((await call('GET', `/contacts/${b}/tags`)).body.data[0].applied_at).toBe(T0 + 20);
		expect((await call('GET', `/contacts/${a}`)).body.updated_at).toBe(T0);
		await control('POST', 'clock', { set: T0 + 30 });
		const removed = await call('DELETE', `/contacts/${a}/tags/${tag.id}`);
		expect(removed.body.applied_at).toBe(T0 + 10);
		expect((await call('GET', `/contacts/${a}`)).body.updated_at).toBe(T0);
	});
});

describe('ticket state changes as parts', () => {
	it('PUT /tickets/{id} with a new state appends ticket_state_updated_by_admin and moves updated_at', async () => {
		await control('POST', 'clock', { set: T0 });
		const contactId = await contact('ticket-state@example.com');
		const made = (
			await call('POST', '/tickets', {
				ticket_type_id: '71',
				contacts: [{ id: contactId }],
				ticket_attributes: { _default_title_: 'Broken', Severity: 'High' },
			})
		).body;
		expect(made.ticket_state.category).toBe('submitted');
		expect(made.previous_ticket_state_id).toBeNull();

		await control('POST', 'clock', { set: T0 + 30 });
		const moved = await call('PUT', `/tickets/${made.id}`, {
			ticket_state_id: '8002',
			admin_id: Number(ADMIN),
		});
		expect(moved.status).toBe(200);
		expect(moved.body.updated_at).toBe(T0 + 30);
		expect(moved.body.previous_ticket_state_id).toBe('8001');
		expect(moved.body.ticket_parts).toEqual({
			type: 'ticket_part.list',
			ticket_parts: [
				expect.objectContaining({
					type: 'ticket_part',
					part_type: 'ticket_state_updated_by_admin',
					previous_ticket_state: 'submitted',
					ticket_state: 'in_progress',
					created_at: T0 + 30,
					updated_at: T0 + 30,
					author: expect.objectContaining({ type: 'admin', id: ADMIN }),
					body: null,
				}),
			],
			total_count: 1,
		});

		// No admin named: Intercom's bot is the author. The same state again: no part.
		await control('POST', 'clock', { set: T0 + 60 });
		await call('PUT', `/tickets/${made.id}`, { ticket_state_id: '8004' });
		await control('POST', 'clock', { set: T0 + 90 });
		await call('PUT', `/tickets/${made.id}`, { ticket_state_id: '8004' });
		const got = (await call('GET', `/tickets/${made.id}`)).body;
		const stateParts = got.ticket_parts.ticket_parts;
		expect(stateParts).toHaveLength(2);
		expect(stateParts[1]).toMatchObject({
			previous_ticket_state: 'in_progress',
			ticket_state: 'resolved',
			created_at: T0 + 60,
			author: { type: 'bot' },
		});
		expect(got.previous_ticket_state_id).toBe('8002');

		// Search answers the ticket with its parts, as GET does.
		const found = await call('POST', '/tickets/search', {
			query: { field: 'id', operator: '=', value: made.id },
		});
		expect(found.body.tickets[0].ticket_parts).toEqual(got.ticket_parts);
		const byUpdate = await call('POST', '/tickets/search', {
			query: { field: 'updated_at', operator: '>', value: T0 + 45 },
		});
		expect(byUpdate.body.tickets.map((t: { id: string }) => t.id)).toEqual([made.id]);
	});

	it('an unknown admin is refused and the state stays', async () => {
		const contactId = await contact('ticket-admin@example.com');
		const made = (
			await call('POST', '/tickets', {
				ticket_type_id: '72',
				contacts: [{ id: contactId }],
				ticket_attributes: { _default_title_: 'Refund' },
			})
		).body;
		const res = await call('PUT', `/tickets/${made.id}`, { ticket_state_id: '8002', admin_id: 1 });
		expect(res.status).toBe(400);
		const got = (await call('GET', `/tickets/${made.id}`)).body;
		expect(got.ticket_state.id).toBe('8001');
		expect(got.ticket_parts.ticket_parts).toEqual([]);
	});
});
