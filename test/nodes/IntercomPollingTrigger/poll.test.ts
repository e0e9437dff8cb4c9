import { pollingTrigger } from './fixtures';
import {
	accessTokenCredentials,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
} from '../Intercom/fixtures';

isolateNetwork();

const poller = (parameters: Record<string, unknown>) =>
	pollingTrigger(parameters, accessTokenCredentials());

const conversation = (id: string, updatedAt: number) => ({
	type: 'conversation',
	id,
	created_at: updatedAt - 100,
	updated_at: updatedAt,
});
const page = (items: unknown[], next?: string) => ({
	type: 'conversation.list',
	conversations: items,
	total_count: 999,
	pages: { type: 'pages', per_page: 150, ...(next ? { next: { starting_after: next } } : {}) },
});

describe('Intercom Polling Trigger › requests and failures', () => {
	it('asks for records since the Look Back window, newest first, 150 a page; stops at a page that reaches back past it', async () => {
		const start = Date.parse('2026-12-01T00:00:00Z') / 1000;
		const p = poller({
			event: 'conversation.updated',
			options: { startFrom: '2026-12-01T00:00:00Z', lookBackMinutes: 10 },
		});
		const { scope, requests } = intercom();
		scope
			.post('/conversations/search')
			.reply(200, page([conversation('3', start + 50), conversation('2', start + 20)], 'c1'))
			.post('/conversations/search')
			.reply(200, page([conversation('1', start + 10), conversation('0', start - 5)], 'c2'));
		const out = await p.poll();
		expect(out.items.map((c) => c.id)).toEqual(['1', '2', '3']);
		expect(requests.map((r) => r.body)).toEqual([
			{
				query: { field: 'updated_at', operator: '>', value: start - 1 },
				sort: { field: 'updated_at', order: 'descending' },
				pagination: { per_page: 150 },
			},
			{
				query: { field: 'updated_at', operator: '>', value: start - 1 },
				sort: { field: 'updated_at', order: 'descending' },
				pagination: { per_page: 150, starting_after: 'c1' },
			},
		]);
	});

	it('contacts are searched from the day before (dates match by day), the seconds compared by the node', async () => {
		const p = poller({ event: 'contact.created', options: { startFrom: '2026-12-01T00:00:00Z' } });
		const start = Date.parse('2026-12-01T00:00:00Z') / 1000;
		const { scope, requests } = intercom();
		scope.post('/contacts/search').reply(200, {
			type: 'list',
			data: [
				{ type: 'contact', id: 'a', created_at: start + 1, updated_at: start + 1 },
				{ type: 'contact', id: 'old', created_at: start - 3600, updated_at: start },
			],
			total_count: 2,
			pages: { type: 'pages', per_page: 150 },
		});
		const out = await p.poll();
		expect(out.items.map((c) => c.id)).toEqual(['a']);
		expect((requests[0].body as { query: unknown }).query).toEqual({
			field: 'created_at',
			operator: '>',
			value: start - 86400,
		});
	});

	it('a check failing on its second page is an error that moves nothing; the next check outputs everything', async () => {
		const start = Date.parse('2026-12-01T00:00:00Z') / 1000;
		const p = poller({
			event: 'conversation.updated',
			options: { startFrom: '2026-12-01T00:00:00Z' },
		});
		const { scope } = intercom();
		scope
			.post('/conversations/search')
			.reply(200, page([conversation('3', start + 50)], 'c1'))
			.post('/conversations/search')
			.reply(401, errorList('unauthorized', 'Access Token Invalid', 'req-1'));
		await expect(p.poll()).rejects.toThrow(/401|Access Token Invalid/);
		expect(p.stored).toBeNull();
		expect(p.memory.poll).toBeUndefined();

		scope
			.post('/conversations/search')
			.reply(200, page([conversation('3', start + 50)], 'c1'))
			.post('/conversations/search')
			.reply(200, page([conversation('1', start + 10)]));
		const out = await p.poll();
		expect(out.items.map((c) => c.id)).toEqual(['1', '3']);
		expect(p.saves).toBe(1);
	});

	it('tickets: the 2.16 ticket search takes no sort, so every page of the window is read', async () => {
		const start = Date.parse('2026-12-01T00:00:00Z') / 1000;
		const p = poller({ event: 'ticket.updated', options: { startFrom: '2026-12-01T00:00:00Z' } });
		const ticket = (id: string, at: number) => ({
			type: 'ticket',
			id,
			created_at: at,
			updated_at: at,
		});
		const ticketPage = (items: unknown[], next?: string) => ({
			type: 'ticket.list',
			tickets: items,
			total_count: 3,
			pages: { type: 'pages', per_page: 150, ...(next ? { next: { starting_after: next } } : {}) },
		});
		const { scope, requests } = intercom();
		scope
			.post('/tickets/search')
			.reply(200, ticketPage([ticket('9', start - 50), ticket('8', start + 40)], 't1'))
			.post('/tickets/search')
			.reply(200, ticketPage([ticket('7', start + 5)]));
		const out = await p.poll();
		expect(out.items.map((t) => t.id)).toEqual(['7', '8']);
		expect(requests).toHaveLength(2);
		expect(requests[0].body).toEqual({
			query: { field: 'updated_at', operator: '>', value: start - 1 },
			pagination: { per_page: 150 },
		});
	});

	it('an answer without its list is an error, never an empty check', async () => {
		const p = poller({ event: 'ticket.created' });
		const { scope } = intercom();
		scope.post('/tickets/search').reply(200, { type: 'ticket.list' });
		await expect(p.poll()).rejects.toThrow();
		expect(p.stored).toBeNull();
	});

	it('Max Items per Check out of bounds is refused before any request', async () => {
		const p = poller({ event: 'ticket.created', options: { maxItems: 0 } });
		const { requests } = intercom();
		await expect(p.poll()).rejects.toThrow(
			'Max Items per Check: must be between 1 and 1000, not 0',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('polling trigger');
