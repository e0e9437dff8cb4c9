import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	byId,
	contractSuite,
	errorList,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
	ticket,
} from '../../fixtures';

isolateNetwork();

const NEW_TYPE = '89';

const newType = {
	type: 'ticket_type',
	id: NEW_TYPE,
	name: 'Feature Request',
	category: 'Customer',
	ticket_type_attributes: {
		type: 'list',
		data: [
			{ type: 'ticket_type_attribute', id: 'a1', name: '_default_title_', data_type: 'string' },
			{ type: 'ticket_type_attribute', id: 'a2', name: 'votes', data_type: 'integer' },
			{ type: 'ticket_type_attribute', id: 'a3', name: 'old', data_type: 'string', archived: true },
		],
	},
	ticket_states: {
		type: 'list',
		data: [
			{ type: 'ticket_state', id: '8501', category: 'submitted', internal_label: 'Submitted' },
			{ type: 'ticket_state', id: '8502', category: 'in_progress', internal_label: 'In progress' },
		],
	},
};

const base = {
	resource: 'ticket',
	operation: 'changeType',
	ticketId: byId(IDS.ticket),
	ticketTypeId: NEW_TYPE,
	ticketStateId: '8502',
};

const changed = ticket(IDS.ticket, {
	ticket_type: { type: 'ticket_type', id: NEW_TYPE, name: 'Feature Request' },
});

describe('ticket › changeType', () => {
	it('reads the new type, then POSTs the type, its state and the typed attributes', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${NEW_TYPE}`).reply(200, newType);
		scope.post(`/tickets/${IDS.ticket}/change_type`).reply(200, changed);
		const result = await runIntercom({
			...base,
			ticketAttributesUi: { attribute: [{ name: 'votes', value: '12' }] },
			ticketAttributesJson: '{"_default_title_": "Dark mode"}',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: `/ticket_types/${NEW_TYPE}` }),
			expect.objectContaining({
				method: 'POST',
				path: `/tickets/${IDS.ticket}/change_type`,
				query: {},
				body: {
					ticket_type_id: NEW_TYPE,
					ticket_state_id: '8502',
					ticket_attributes: { votes: 12, _default_title_: 'Dark mode' },
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([changed]);
	});

	it('sends no attributes when none are given (Intercom carries matching ones over)', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${NEW_TYPE}`).reply(200, newType);
		scope.post(`/tickets/${IDS.ticket}/change_type`).reply(200, changed);
		await runIntercom(base);
		expect(requests[1].body).toEqual({ ticket_type_id: NEW_TYPE, ticket_state_id: '8502' });
	});

	it('reads the new type once for many items', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${NEW_TYPE}`).reply(200, newType);
		scope
			.post(/\/tickets\/\d+\/change_type/)
			.times(3)
			.reply(200, changed);
		const result = await runIntercom(
			{ ...base, ticketId: '={{ $json.id }}' },
			{ input: [{ id: '1' }, { id: '2' }, { id: '3' }] },
		);
		expect(result.items).toHaveLength(3);
		expect(requests.filter((r) => r.method === 'GET')).toHaveLength(1);
	});

	it('refuses a state of another type once the type is read, naming the type’s states', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${NEW_TYPE}`).reply(200, newType);
		const result = await runIntercom({ ...base, ticketStateId: '8001' });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(
			'Ticket State: "8001" is not a state of the ticket type "Feature Request"; its states are Submitted (8501), In progress (8502) (item 0)',
		);
		expect(requests.map((r) => r.method)).toEqual(['GET']);
	});

	it('refuses an attribute the new type lacks (or has archived)', async () => {
		const { scope } = intercom();
		scope.get(`/ticket_types/${NEW_TYPE}`).reply(200, newType);
		const result = await runIntercom({
			...base,
			ticketAttributesUi: { attribute: [{ name: 'old', value: 'x' }] },
		});
		expect(result.error?.message).toBe(
			'Ticket Attributes › old: is not an attribute of this ticket type (item 0)',
		);
	});

	it.each([
		[
			{ ticketStateId: '={{ "" }}' },
			'Ticket State: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			{ ticketTypeId: '={{ "" }}' },
			'New Ticket Type: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			{ ticketAttributesJson: '{"a":' },
			/^Ticket Attributes \(JSON\): is not valid JSON: .+\(item 0\)$/,
		],
		[{ ticketId: '={{ "" }}' }, 'Ticket: is empty. Pick one from the list or give its ID (item 0)'],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		if (typeof message === 'string') expect(result.error?.message).toBe(message);
		else expect(result.error?.message).toMatch(message);
	});

	it('passes Intercom’s refusal of a type of another category through', async () => {
		const { scope } = intercom();
		scope.get(`/ticket_types/${NEW_TYPE}`).reply(200, newType);
		scope
			.post(`/tickets/${IDS.ticket}/change_type`)
			.reply(400, errorList('parameter_invalid', 'Cannot change to the same ticket type'));
		const result = await runIntercom(base);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toContain('Cannot change to the same ticket type');
	});
});

contractSuite('ticket › changeType');
