import {
	byId,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const teammate = { type: 'admin', id: 123, name: 'Jane Example', email: 'jane@example.com' };
const events = [
	{ type: 'paused', reason: 'Paused', timestamp: '2026-01-09T09:00:00Z', teammate },
	{ type: 'resumed', timestamp: '2026-01-09T09:10:00Z', teammate },
];

describe('conversation › getHandlingEvents', () => {
	it('GETs /conversations/{id}/handling_events: one item per event', async () => {
		const { scope, requests } = intercom();
		scope.get('/conversations/123/handling_events').reply(200, { handling_events: events });
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'getHandlingEvents',
			conversationId: byId('123'),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/conversations/123/handling_events' }),
		]);
		expect(jsonOf(result)).toEqual(events);
	});

	it('a Limit keeps the first events; an unknown conversation is Intercom’s 404', async () => {
		const { scope } = intercom();
		scope
			.get('/conversations/123/handling_events')
			.reply(200, { handling_events: events })
			.get('/conversations/9/handling_events')
			.reply(404, errorList('not_found', 'Conversation not found'));
		const limited = await runIntercom({
			resource: 'conversation',
			operation: 'getHandlingEvents',
			conversationId: byId('123'),
			limit: 1,
		});
		expect(jsonOf(limited)).toEqual([events[0]]);
		const missing = await runIntercom({
			resource: 'conversation',
			operation: 'getHandlingEvents',
			conversationId: byId('9'),
			returnAll: true,
		});
		expect(missing.error?.message).toBe('Intercom error 404: not_found: Conversation not found');
	});
});

contractSuite('conversation › getHandlingEvents');
