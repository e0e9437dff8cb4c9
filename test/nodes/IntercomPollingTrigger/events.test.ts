import { pollingTrigger } from './fixtures';
import {
	accessTokenCredentials,
	contractSuite,
	intercom,
	isolateNetwork,
} from '../Intercom/fixtures';

isolateNetwork();

// Two minutes ago: the events below happen around now, as they would (a check's window never
// reaches back more than Look Back before the check before it).
const T = Math.floor(Date.now() / 1000) - 120;
const START = new Date(T * 1000).toISOString();

const poller = (parameters: Record<string, unknown>) =>
	pollingTrigger(parameters, accessTokenCredentials());

const list = (key: string, items: unknown[], next?: string) => ({
	type: `${key === 'data' ? '' : key.slice(0, -1) + '.'}list`,
	[key]: items,
	total_count: items.length,
	pages: { type: 'pages', per_page: 150, ...(next ? { next: { starting_after: next } } : {}) },
});
const conversations = (items: unknown[], next?: string) => list('conversations', items, next);
const tickets = (items: unknown[], next?: string) => list('tickets', items, next);

const conversation = (id: string, fields: Record<string, unknown> = {}) => ({
	type: 'conversation',
	id,
	created_at: T - 1000,
	updated_at: T + 100,
	state: 'open',
	source: {
		type: 'conversation',
		subject: '',
		body: '<p>Hi</p>',
		author: { type: 'user', id: 'u' },
	},
	...fields,
});
const tag = (id: string, appliedAt: number) => ({
	type: 'tag',
	id,
	name: `Tag ${id}`,
	applied_at: appliedAt,
	applied_by: { type: 'admin', id: '1' },
});
const statePart = (id: string, at: number, from: string, to: string) => ({
	type: 'ticket_part',
	id,
	part_type: 'ticket_state_updated_by_admin',
	previous_ticket_state: from,
	ticket_state: to,
	created_at: at,
	updated_at: at,
	author: { type: 'admin', id: '1' },
});
const ticket = (id: string, updatedAt: number, parts?: unknown[]) => ({
	type: 'ticket',
	id,
	ticket_id: `T-${id}`,
	created_at: T - 5000,
	updated_at: updatedAt,
	...(parts ? { ticket_parts: { type: 'ticket_part.list', ticket_parts: parts } } : {}),
});

describe('Intercom Polling Trigger › events', () => {
	it.each([
		['conversation.closed', 'statistics.last_close_at'],
		['conversation.adminReplied', 'statistics.last_admin_reply_at'],
		['conversation.userReplied', 'statistics.last_contact_reply_at'],
	])(
		'%s searches and sorts on %s, outputs each time it moves (and keeps statistics when simplified)',
		async (event, field) => {
			const key = field.split('.')[1];
			const p = poller({ event, options: { startFrom: START } });
			const { scope, requests } = intercom();
			scope
				.post('/conversations/search')
				.reply(
					200,
					conversations([
						conversation('2', { statistics: { [key]: T + 40 } }),
						conversation('1', { statistics: { [key]: T + 10 } }),
					]),
				);
			const first = await p.poll();
			expect(first.items.map((c) => [c.id, (c.statistics as Record<string, number>)[key]])).toEqual(
				[
					['1', T + 10],
					['2', T + 40],
				],
			);
			expect(first.items[0]).not.toHaveProperty('conversation_parts');
			expect(requests[0].body).toEqual({
				query: { field, operator: '>', value: T - 1 },
				sort: { field, order: 'descending' },
				pagination: { per_page: 150 },
			});
			// Conversation 1 again (closed again, replied again): a new time is a new event.
			scope
				.post('/conversations/search')
				.reply(
					200,
					conversations([
						conversation('1', { statistics: { [key]: T + 90 } }),
						conversation('2', { statistics: { [key]: T + 40 } }),
					]),
				);
			expect((await p.poll()).items.map((c) => c.id)).toEqual(['1']);
			scope
				.post('/conversations/search')
				.reply(200, conversations([conversation('1', { statistics: { [key]: T + 90 } })]));
			expect((await p.poll()).result).toBeNull();
		},
	);

	it('Conversation Rating Added: the rating’s time (2.16 names it updated_at); a record with no time is an error', async () => {
		const p = poller({ event: 'conversation.rated', options: { startFrom: START } });
		const { scope, requests } = intercom();
		const rating = (at: number) => ({
			rating: 4,
			remark: 'Quick',
			created_at: T - 50,
			updated_at: at,
			contact: { type: 'contact', id: 'c1' },
		});
		scope
			.post('/conversations/search')
			.reply(200, conversations([conversation('5', { conversation_rating: rating(T + 30) })]));
		const out = await p.poll();
		expect(
			out.items.map((c) => [c.id, (c.conversation_rating as { rating: number }).rating]),
		).toEqual([['5', 4]]);
		expect(requests[0].body).toMatchObject({
			query: { field: 'conversation_rating.replied_at', operator: '>', value: T - 1 },
			sort: { field: 'conversation_rating.replied_at', order: 'descending' },
		});
		scope
			.post('/conversations/search')
			.reply(200, conversations([conversation('6', { conversation_rating: null })]));
		await expect(p.poll()).rejects.toThrow(
			'Record 6 from /conversations/search has no conversation_rating.replied_at',
		);
	});

	it('Tag Added to Conversation: one item per tag applied in the window, each once; a Tag filter narrows the search and the tags', async () => {
		const p = poller({ event: 'conversation.tagAdded', options: { startFrom: START } });
		const { scope, requests } = intercom();
		const tagged = (tags: unknown[], updatedAt = T + 60) =>
			conversation('7', { updated_at: updatedAt, tags: { type: 'tag.list', tags } });
		scope
			.post('/conversations/search')
			.reply(200, conversations([tagged([tag('a', T - 600), tag('b', T + 20), tag('c', T + 50)])]));
		const first = await p.poll();
		expect(first.items.map((c) => [c.id, (c.tag_added as { id: string }).id])).toEqual([
			['7', 'b'],
			['7', 'c'],
		]);
		expect(first.items[0].tag_added).toEqual({
			id: 'b',
			name: 'Tag b',
			applied_at: T + 20,
			applied_by: { type: 'admin', id: '1' },
		});
		expect(requests[0].body).toMatchObject({
			query: { field: 'updated_at', operator: '>', value: T - 1 },
			sort: { field: 'updated_at', order: 'descending' },
		});
		// The same tags again, and a new one: only the new one.
		scope
			.post('/conversations/search')
			.reply(
				200,
				conversations([
					tagged([tag('a', T - 600), tag('b', T + 20), tag('c', T + 50), tag('d', T + 80)], T + 80),
				]),
			);
		expect((await p.poll()).items.map((c) => (c.tag_added as { id: string }).id)).toEqual(['d']);

		const only = poller({
			event: 'conversation.tagAdded',
			filters: { tagId: 'c' },
			options: { startFrom: START },
		});
		scope
			.post('/conversations/search')
			.reply(200, conversations([tagged([tag('b', T + 20), tag('c', T + 50)])]));
		expect((await only.poll()).items.map((c) => (c.tag_added as { id: string }).id)).toEqual(['c']);
		expect(requests[2].body).toMatchObject({
			query: {
				operator: 'AND',
				value: [
					{ field: 'updated_at', operator: '>', value: T - 1 },
					{ field: 'tag_ids', operator: '=', value: 'c' },
				],
			},
		});
	});

	it('Ticket State Changed: one item per change of state; tickets the search sends without parts are read whole', async () => {
		const p = poller({ event: 'ticket.stateChanged', options: { startFrom: START } });
		const { scope, requests } = intercom();
		scope
			.post('/tickets/search')
			.reply(
				200,
				tickets([
					ticket('1', T + 70, [
						statePart('p0', T - 900, 'submitted', 'in_progress'),
						statePart('p1', T + 30, 'in_progress', 'waiting_on_customer'),
						{ type: 'ticket_part', id: 'p2', part_type: 'comment', created_at: T + 60 },
						statePart('p3', T + 70, 'waiting_on_customer', 'resolved'),
					]),
					ticket('2', T + 50),
					ticket('3', T - 300, [statePart('q1', T - 300, 'submitted', 'resolved')]),
				]),
			)
			.get('/tickets/2')
			.reply(200, ticket('2', T + 50, [statePart('r1', T + 50, 'submitted', 'in_progress')]));
		const out = await p.poll();
		expect(
			out.items.map((t) => [
				t.id,
				(t.state_change as { part_id: string; ticket_state: string }).part_id,
				(t.state_change as { ticket_state: string }).ticket_state,
			]),
		).toEqual([
			['1', 'p1', 'waiting_on_customer'],
			['2', 'r1', 'in_progress'],
			['1', 'p3', 'resolved'],
		]);
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /tickets/search',
			'GET /tickets/2',
		]);
		expect(out.items[0].state_change).toEqual({
			part_id: 'p1',
			previous_ticket_state: 'in_progress',
			ticket_state: 'waiting_on_customer',
			changed_at: T + 30,
			author: { type: 'admin', id: '1' },
		});
	});

	it('Ticket State Changed with Ticket State: the changes to that state, whatever state the ticket is in now', async () => {
		const p = poller({
			event: 'ticket.stateChanged',
			filters: { ticketState: 'in_progress', ticketTypeId: '12' },
			options: { startFrom: START },
		});
		const { scope, requests } = intercom();
		scope
			.post('/tickets/search')
			.reply(
				200,
				tickets([
					ticket('1', T + 70, [
						statePart('p1', T + 30, 'submitted', 'in_progress'),
						statePart('p2', T + 70, 'in_progress', 'resolved'),
					]),
				]),
			);
		const out = await p.poll();
		expect(out.items.map((t) => (t.state_change as { part_id: string }).part_id)).toEqual(['p1']);
		expect((requests[0].body as { query: unknown }).query).toEqual({
			operator: 'AND',
			value: [
				{ field: 'updated_at', operator: '>', value: T - 1 },
				{ field: 'ticket_type_id', operator: '=', value: '12' },
			],
		});
	});

	it('Filters become search filters for the event’s records; IDs are checked before any request; other events’ filters are left out', async () => {
		const cases: Array<[Record<string, unknown>, string, unknown[]]> = [
			[
				{ event: 'contact.created', filters: { role: 'lead', tagId: '17', state: 'open' } },
				'/contacts/search',
				[
					{ field: 'role', operator: '=', value: 'lead' },
					{ field: 'tag_id', operator: '=', value: '17' },
				],
			],
			[
				{
					event: 'conversation.updated',
					filters: { adminAssigneeId: '991', teamAssigneeId: '5', state: 'snoozed', role: 'user' },
				},
				'/conversations/search',
				[
					{ field: 'admin_assignee_id', operator: '=', value: 991 },
					{ field: 'team_assignee_id', operator: '=', value: 5 },
					{ field: 'state', operator: '=', value: 'snoozed' },
				],
			],
			[
				{
					event: 'ticket.created',
					filters: { adminAssigneeId: '991', ticketTypeId: '12', ticketState: 'in_progress' },
				},
				'/tickets/search',
				[
					{ field: 'admin_assignee_id', operator: '=', value: '991' },
					{ field: 'ticket_type_id', operator: '=', value: '12' },
					{ field: 'state', operator: '=', value: 'in_progress' },
				],
			],
		];
		for (const [parameters, path, expected] of cases) {
			const p = poller({ ...parameters, options: { startFrom: START } });
			const { scope, requests } = intercom();
			const key = path === '/contacts/search' ? 'data' : path.split('/')[1];
			scope.post(path).reply(200, list(key, []));
			expect((await p.poll()).result).toBeNull();
			const query = (requests[0].body as { query: { operator: string; value: unknown[] } }).query;
			expect(query.operator).toBe('AND');
			expect(query.value.slice(1)).toEqual(expect.arrayContaining(expected));
			expect(query.value).toHaveLength(expected.length + 1);
		}

		const bad = poller({ event: 'conversation.updated', filters: { teamAssigneeId: '5/../x' } });
		const { requests } = intercom();
		await expect(bad.poll()).rejects.toThrow('Team Assignee: not an ID: "5/../x"');
		const notNumber = poller({
			event: 'conversation.created',
			filters: { adminAssigneeId: 'abc' },
		});
		await expect(notNumber.poll()).rejects.toThrow('Admin Assignee: not a number: "abc"');
		expect(requests).toHaveLength(0);
	});

	it('the state is for the event and its filters (another selection starts afresh, see the poll state tests); the same filters keep it', async () => {
		const p = poller({ event: 'contact.created', filters: { role: 'user' } });
		const { scope } = intercom();
		scope.post('/contacts/search').reply(200, list('data', []));
		await p.poll();
		const first = p.memory.poll as { selection: string; floor: number };
		expect(first.selection).toContain('"role":"user"');
		scope.post('/contacts/search').reply(200, list('data', []));
		await p.poll();
		expect(p.memory.poll).toMatchObject({ selection: first.selection, floor: first.floor });
	});

	it('Simplify off outputs the records as Intercom sends them', async () => {
		const p = poller({
			event: 'conversation.updated',
			simple: false,
			options: { startFrom: START },
		});
		const { scope } = intercom();
		const raw = conversation('9', { conversation_parts: { type: 'conversation_part.list' } });
		scope.post('/conversations/search').reply(200, conversations([raw]));
		expect((await p.poll()).items).toEqual([raw]);
	});

	it('Fetch Test Event: the newest event of the kind (the latest tag applied), nothing stored', async () => {
		const p = poller({ event: 'conversation.tagAdded' });
		const { scope, requests } = intercom();
		scope.post('/conversations/search').reply(
			200,
			conversations([
				conversation('1', {
					tags: { type: 'tag.list', tags: [tag('x', T + 5), tag('y', T + 9)] },
				}),
				conversation('2', { tags: { type: 'tag.list', tags: [tag('z', T + 7)] } }),
			]),
		);
		const out = await p.fetchTestEvent();
		expect(out.items.map((c) => [c.id, (c.tag_added as { id: string }).id])).toEqual([['1', 'y']]);
		expect(requests[0].body).toMatchObject({
			query: { field: 'updated_at', operator: '>', value: 0 },
			pagination: { per_page: 150 },
		});
		expect(p.stored).toBeNull();
		expect(p.memory.poll).toBeUndefined();
	});

	it('Fetch Test Event for Ticket State Changed: the latest change among the tickets of the last 30 days, parts read where the search left them out', async () => {
		const p = poller({ event: 'ticket.stateChanged' });
		const { scope, requests } = intercom();
		scope
			.post('/tickets/search')
			.reply(
				200,
				tickets([
					ticket('1', T + 10, [statePart('a', T + 10, 'submitted', 'in_progress')]),
					ticket('2', T + 40),
				]),
			)
			.get('/tickets/2')
			.reply(200, ticket('2', T + 40, [statePart('b', T + 40, 'in_progress', 'resolved')]));
		const out = await p.fetchTestEvent();
		expect(out.items.map((t) => [t.id, (t.state_change as { part_id: string }).part_id])).toEqual([
			['2', 'b'],
		]);
		const since = (requests[0].body as { query: { value: number } }).query.value;
		expect(Math.abs(Math.floor(Date.now() / 1000) - 30 * 86400 - since)).toBeLessThanOrEqual(2);
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /tickets/search',
			'GET /tickets/2',
		]);
		expect(p.stored).toBeNull();
	});
});

contractSuite('polling trigger events');
