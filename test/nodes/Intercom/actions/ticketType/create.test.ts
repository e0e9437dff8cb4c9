import { NodeOperationError } from 'n8n-workflow';

import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const created = {
	type: 'ticket_type',
	id: '70',
	name: 'Customer Issue',
	category: 'Customer',
	icon: '🎟️',
	ticket_type_attributes: { type: 'list', data: [] },
};

const base = { resource: 'ticketType', operation: 'create', name: 'Customer Issue' };

describe('ticketType › create', () => {
	it('POSTs /ticket_types with the name, category, description, icon and internal flag', async () => {
		const { scope, requests } = intercom();
		scope.post('/ticket_types').reply(200, created);
		const result = await runIntercom({
			...base,
			name: '  Bug  ',
			category: 'Tracker',
			additionalFields: { description: 'Used for bugs', icon: '🐞', isInternal: true },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/ticket_types',
				query: {},
				body: {
					name: 'Bug',
					category: 'Tracker',
					description: 'Used for bugs',
					icon: '🐞',
					is_internal: true,
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([created]);
	});

	it('sends the Customer category by default and leaves out what is not given', async () => {
		const { scope, requests } = intercom();
		scope.post('/ticket_types').reply(200, created);
		await runIntercom(base);
		expect(requests[0].body).toEqual({ name: 'Customer Issue', category: 'Customer' });
	});

	it.each(['🎟️', '👩🏽‍💻', '🇫🇷', '#️⃣', '❤️'])('takes the single emoji %s as the icon', async (icon) => {
		const { scope, requests } = intercom();
		scope.post('/ticket_types').reply(200, created);
		const result = await runIntercom({ ...base, additionalFields: { icon } });
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toMatchObject({ icon });
	});

	it.each([
		[{ name: '={{ "  " }}' }, 'Name: is empty (item 0)'],
		[{ name: '<b>Bug</b>' }, 'Name: has HTML (<b>), but Intercom shows it as plain text (item 0)'],
		[
			{ category: '={{ "Internal" }}' },
			'Category: got text "Internal", expected one of "Customer", "Back-office", "Tracker" (item 0)',
		],
		[
			{ additionalFields: { icon: 'bug' } },
			'Icon: "bug" is not one emoji; Intercom takes a single emoji such as 🐞 or 🎟️ (item 0)',
		],
		[
			{ additionalFields: { icon: '🐞🐞' } },
			'Icon: "🐞🐞" is not one emoji; Intercom takes a single emoji such as 🐞 or 🎟️ (item 0)',
		],
		[
			{ additionalFields: { icon: '={{ 1 }}' } },
			'Icon: "1" is not one emoji; Intercom takes a single emoji such as 🐞 or 🎟️ (item 0)',
		],
		[
			{ additionalFields: { isInternal: '={{ "yes" }}' } },
			'Internal: got text "yes", expected true or false (item 0)',
		],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
	});
});

contractSuite('ticketType › create');
