import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	contractSuite,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
	ticket,
} from '../../fixtures';

isolateNetwork();

const base = { resource: 'ticket', operation: 'update', ticketId: byId(IDS.ticket) };

describe('ticket › update', () => {
	it('PUTs state, open, sharing, snooze, assignee, acting admin, company and attributes', async () => {
		const { scope, requests } = intercom();
		scope.put(`/tickets/${IDS.ticket}`).reply(200, ticket(IDS.ticket, { open: true }));
		const result = await runIntercom({
			...base,
			updateFields: {
				ticketStateId: '8498',
				open: true,
				isShared: false,
				snoozedUntil: '2099-01-31T09:00:00Z',
				assigneeAdminId: '991267732',
				actingAdminId: IDS.admin,
				companyId: '6762f09a1bb69f9f2193bb34',
				ticketAttributesJson: '{"_default_title_": "Refund requested"}',
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ method: 'PUT', path: `/tickets/${IDS.ticket}`, query: {} });
		expect(requests[0].body).toEqual({
			ticket_state_id: '8498',
			open: true,
			is_shared: false,
			company_id: '6762f09a1bb69f9f2193bb34',
			snoozed_until: Date.parse('2099-01-31T09:00:00Z') / 1000,
			assignee_id: '991267732',
			admin_id: 991267731,
			ticket_attributes: { _default_title_: 'Refund requested' },
		});
		expect(jsonOf(result)).toEqual([ticket(IDS.ticket, { open: true })]);
	});

	it('assigns to a team, or unassigns with 0', async () => {
		const { scope, requests } = intercom();
		scope.put(`/tickets/${IDS.ticket}`).twice().reply(200, ticket(IDS.ticket));
		await runIntercom({ ...base, updateFields: { assigneeTeamId: IDS.team } });
		await runIntercom({ ...base, updateFields: { unassign: true, open: false } });
		expect(requests.map((r) => r.body)).toEqual([
			{ assignee_id: IDS.team },
			{ open: false, assignee_id: '0' },
		]);
	});

	it.each([
		[
			{ snoozedUntil: '2020-01-01T00:00:00Z' },
			'Snoozed Until: 2020-01-01T00:00:00.000Z is in the past; give a future date (item 0)',
		],
		[
			{ assigneeAdminId: IDS.admin, assigneeTeamId: IDS.team },
			'Update Fields: give one of Assignee Admin, Assignee Team or Unassign (item 0)',
		],
		[{ assigneeTeamId: 'support' }, 'Assignee Team: "support" is not an Intercom ID (item 0)'],
		[
			{ ticketAttributesJson: '{"a":' },
			/^Ticket Attributes \(JSON\): is not valid JSON: .+\(item 0\)$/,
		],
		[{}, 'Update Fields: add at least one field to change (item 0)'],
	])('refuses bad input before any request: %j', async (updateFields, message) => {
		const result = await runIntercom({ ...base, updateFields });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		if (typeof message === 'string') expect(result.error?.message).toBe(message);
		else expect(result.error?.message).toMatch(message);
	});
});

contractSuite('ticket › update');
