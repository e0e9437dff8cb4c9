import { NodeOperationError } from 'n8n-workflow';

import { contractSuite, IDS, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const ATTRIBUTE = '162';
const PATH = `/ticket_types/${IDS.ticketType}/attributes/${ATTRIBUTE}`;

const ticketType = {
	type: 'ticket_type',
	id: IDS.ticketType,
	name: 'Bug Report',
	ticket_type_attributes: {
		type: 'list',
		data: [
			{ type: 'ticket_type_attribute', id: ATTRIBUTE, name: 'Priority', data_type: 'list' },
			{ type: 'ticket_type_attribute', id: '163', name: 'Notes', data_type: 'string' },
		],
	},
};

const updated = { type: 'ticket_type_attribute', id: ATTRIBUTE, name: 'Severity' };

const base = {
	resource: 'ticketTypeAttribute',
	operation: 'update',
	ticketTypeId: IDS.ticketType,
	ticketTypeAttributeId: ATTRIBUTE,
};

describe('ticketTypeAttribute › update', () => {
	it('PUTs the fields to change without reading the type', async () => {
		const { scope, requests } = intercom();
		scope.put(PATH).reply(200, updated);
		const result = await runIntercom({
			...base,
			updateFields: {
				name: 'Severity',
				description: '',
				requiredToCreate: true,
				visibleToContacts: false,
				archived: true,
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: PATH,
				query: {},
				body: {
					name: 'Severity',
					description: '',
					required_to_create: true,
					visible_to_contacts: false,
					archived: true,
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([updated]);
	});

	it('new list options: the type is read to check the attribute is a list', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		scope.put(PATH).reply(200, updated);
		const result = await runIntercom({
			...base,
			updateFields: { listItems: { option: [{ label: 'P1' }, { label: 'P2' }] } },
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /ticket_types/${IDS.ticketType}`,
			`PUT ${PATH}`,
		]);
		expect(requests[1].body).toEqual({ list_items: 'P1,P2' });
	});

	it('refuses an option of another data type once the type is read', async () => {
		const { scope, requests } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		const result = await runIntercom({ ...base, updateFields: { multiline: true } });
		expect(result.error?.message).toBe(
			'Multiline: only text attributes take it; "Priority" is list (item 0)',
		);
		expect(requests).toHaveLength(1);
	});

	it('refuses an attribute the type does not have, when the type is read', async () => {
		const { scope } = intercom();
		scope.get(`/ticket_types/${IDS.ticketType}`).reply(200, ticketType);
		const result = await runIntercom({
			...base,
			ticketTypeAttributeId: '999',
			updateFields: { allowMultipleValues: true },
		});
		expect(result.error?.message).toBe(
			'Attribute: "999" is not an attribute of the ticket type "Bug Report" (item 0)',
		);
	});

	it.each([
		[{}, 'Update Fields: add at least one field to change (item 0)'],
		[{ name: '' }, 'Name: is empty (item 0)'],
		[
			{ listItems: { option: [] } },
			'List Options: a list attribute needs at least one option (item 0)',
		],
		[{ archived: '={{ "maybe" }}' }, 'Archived: got text "maybe", expected true or false (item 0)'],
	])('refuses %j before any request', async (updateFields, message) => {
		const result = await runIntercom({ ...base, updateFields });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
	});

	it('refuses an empty attribute', async () => {
		const result = await runIntercom({
			...base,
			ticketTypeAttributeId: '={{ "" }}',
			updateFields: { archived: true },
		});
		expect(result.error?.message).toBe(
			'Attribute: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('ticketTypeAttribute › update');
