import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	contractSuite,
	conversation,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('conversation › snooze', () => {
	it('POSTs a snoozed part with the date in Unix seconds', async () => {
		const { scope, requests } = intercom();
		scope
			.post(`/conversations/${IDS.conversation}/parts`)
			.reply(200, conversation(IDS.conversation, { state: 'snoozed' }));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'snooze',
			conversationId: byId(IDS.conversation),
			adminId: IDS.admin,
			snoozedUntil: '2099-01-31T09:00:00Z',
		});
		expect(result.error).toBeUndefined();
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: `/conversations/${IDS.conversation}/parts`,
			query: {},
		});
		expect(requests[0].body).toEqual({
			message_type: 'snoozed',
			admin_id: IDS.admin,
			snoozed_until: Date.parse('2099-01-31T09:00:00Z') / 1000,
		});
		expect(jsonOf(result)[0]).toMatchObject({ state: 'snoozed' });
	});

	it('a date picked without a zone is in the workflow’s timezone', async () => {
		const { scope, requests } = intercom();
		scope
			.post(`/conversations/${IDS.conversation}/parts`)
			.reply(200, conversation(IDS.conversation));
		await runIntercom(
			{
				resource: 'conversation',
				operation: 'snooze',
				conversationId: byId(IDS.conversation),
				adminId: IDS.admin,
				snoozedUntil: '2099-01-31T09:00:00',
			},
			{ timezone: 'Europe/Paris' },
		);
		expect((requests[0].body as { snoozed_until: number }).snoozed_until).toBe(
			Date.parse('2099-01-31T08:00:00Z') / 1000,
		);
	});

	it('refuses a date in the past before any request', async () => {
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'snooze',
			conversationId: byId(IDS.conversation),
			adminId: IDS.admin,
			snoozedUntil: '2020-01-01T00:00:00Z',
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(
			'Snooze Until: 2020-01-01T00:00:00.000Z is in the past; give a future date (item 0)',
		);
	});

	it('refuses an empty or invalid date', async () => {
		const empty = await runIntercom(
			{
				resource: 'conversation',
				operation: 'snooze',
				conversationId: byId(IDS.conversation),
				adminId: IDS.admin,
				snoozedUntil: '={{ $json.when }}',
			},
			{ input: [{ when: '' }] },
		);
		expect(empty.error?.message).toBe('Snooze Until: is empty (item 0)');
		const bad = await runIntercom(
			{
				resource: 'conversation',
				operation: 'snooze',
				conversationId: byId(IDS.conversation),
				adminId: IDS.admin,
				snoozedUntil: '={{ $json.when }}',
			},
			{ input: [{ when: 'next week' }] },
		);
		expect(bad.error?.message).toBe(
			'Snooze Until: got text "next week", expected a date: ISO 8601 such as 2026-01-31 or 2026-01-31T12:00:00Z, or Unix seconds (item 0)',
		);
	});
});

contractSuite('conversation › snooze');
