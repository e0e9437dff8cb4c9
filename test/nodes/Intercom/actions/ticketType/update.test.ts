import { NodeOperationError } from 'n8n-workflow';

import { contractSuite, IDS, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const updated = { type: 'ticket_type', id: IDS.ticketType, name: 'Bug Report 2', archived: true };

const base = { resource: 'ticketType', operation: 'update', ticketTypeId: IDS.ticketType };

describe('ticketType › update', () => {
	it('PUTs the fields to change, archived included', async () => {
		const { scope, requests } = intercom();
		scope.put(`/ticket_types/${IDS.ticketType}`).reply(200, updated);
		const result = await runIntercom({
			...base,
			updateFields: {
				name: 'Bug Report 2',
				description: 'Bugs',
				icon: '🐛',
				category: 'Back-office',
				archived: true,
				isInternal: false,
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: `/ticket_types/${IDS.ticketType}`,
				query: {},
				body: {
					name: 'Bug Report 2',
					description: 'Bugs',
					icon: '🐛',
					category: 'Back-office',
					archived: true,
					is_internal: false,
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([updated]);
	});

	it('restores an archived type, and clears the description with an empty one', async () => {
		const { scope, requests } = intercom();
		scope.put(`/ticket_types/${IDS.ticketType}`).twice().reply(200, updated);
		await runIntercom({ ...base, updateFields: { archived: false } });
		await runIntercom({ ...base, updateFields: { description: '' } });
		expect(requests.map((r) => r.body)).toEqual([{ archived: false }, { description: '' }]);
	});

	it.each([
		[{}, 'Update Fields: add at least one field to change (item 0)'],
		[{ name: ' ' }, 'Name: is empty (item 0)'],
		[
			{ icon: ':bug:' },
			'Icon: ":bug:" is not one emoji; Intercom takes a single emoji such as 🐞 or 🎟️ (item 0)',
		],
		[
			{ category: '={{ "customer" }}' },
			'Category: got text "customer", expected one of "Customer", "Back-office", "Tracker" (item 0)',
		],
		[{ archived: '={{ 1 }}' }, 'Archived: got the number 1, expected true or false (item 0)'],
	])('refuses %j before any request', async (updateFields, message) => {
		const result = await runIntercom({ ...base, updateFields });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
	});

	it('refuses an empty ticket type', async () => {
		const result = await runIntercom({
			...base,
			ticketTypeId: '={{ "" }}',
			updateFields: { archived: true },
		});
		expect(result.error?.message).toBe(
			'Ticket Type: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('ticketType › update');
