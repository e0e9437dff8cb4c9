import { NodeOperationError } from 'n8n-workflow';

import {
	contractSuite,
	errorList,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const PATH = `/ticket_types/${IDS.ticketType}/attributes`;

const created = {
	type: 'ticket_type_attribute',
	id: '157',
	name: 'Bug Priority',
	description: 'How bad',
	data_type: 'list',
	ticket_type_id: Number(IDS.ticketType),
};

const base = {
	resource: 'ticketTypeAttribute',
	operation: 'create',
	ticketTypeId: IDS.ticketType,
	name: 'Bug Priority',
	description: 'How bad',
};

describe('ticketTypeAttribute › create', () => {
	it('POSTs a list attribute with its options as list_items, and the flags', async () => {
		const { scope, requests } = intercom();
		scope.post(PATH).reply(200, created);
		const result = await runIntercom({
			...base,
			dataType: 'list',
			listItems: { option: [{ label: 'Low' }, { label: ' Medium ' }, { label: 'High' }] },
			additionalFields: {
				requiredToCreate: true,
				requiredToCreateForContacts: false,
				visibleOnCreate: true,
				visibleToContacts: false,
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: PATH,
				query: {},
				body: {
					name: 'Bug Priority',
					description: 'How bad',
					data_type: 'list',
					list_items: 'Low,Medium,High',
					required_to_create: true,
					required_to_create_for_contacts: false,
					visible_on_create: true,
					visible_to_contacts: false,
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([created]);
	});

	it('sends each data type with the options it takes, and an empty description', async () => {
		const { scope, requests } = intercom();
		scope.post(PATH).times(4).reply(200, created);
		await runIntercom({ ...base, description: '', dataType: 'string', multiline: true });
		await runIntercom({ ...base, dataType: 'files', allowMultipleValues: true });
		await runIntercom({ ...base, dataType: 'integer' });
		await runIntercom({ ...base, dataType: '={{ "datetime" }}' });
		expect(requests.map((r) => r.body)).toEqual([
			{ name: 'Bug Priority', description: '', data_type: 'string', multiline: true },
			{
				name: 'Bug Priority',
				description: 'How bad',
				data_type: 'files',
				allow_multiple_values: true,
			},
			{ name: 'Bug Priority', description: 'How bad', data_type: 'integer' },
			{ name: 'Bug Priority', description: 'How bad', data_type: 'datetime' },
		]);
	});

	it.each([
		[{ name: '={{ " " }}' }, 'Name: is empty (item 0)'],
		[{ name: 'A <i>b</i>' }, 'Name: has HTML (<i>), but Intercom shows it as plain text (item 0)'],
		[
			{ dataType: '={{ "number" }}' },
			'Data Type: got text "number", expected one of "string", "list", "integer", "decimal", "boolean", "datetime", "files" (item 0)',
		],
		[{ dataType: 'list' }, 'List Options: a list attribute needs at least one option (item 0)'],
		[
			{ dataType: 'list', listItems: { option: [] } },
			'List Options: a list attribute needs at least one option (item 0)',
		],
		[
			{ dataType: 'list', listItems: { option: [{ label: 'Low' }, { label: '' }] } },
			'List Options: an option is empty (item 0)',
		],
		[
			{ dataType: 'list', listItems: { option: [{ label: 'Low, or not' }] } },
			'List Options: "Low, or not" has a comma, which Intercom reads as two options (item 0)',
		],
		[
			{ dataType: 'list', listItems: { option: [{ label: 'Low' }, { label: 'low' }] } },
			'List Options: "low" is given twice (item 0)',
		],
		[
			{ additionalFields: { visibleOnCreate: '={{ "no" }}' } },
			'Visible on Create: got text "no", expected true or false (item 0)',
		],
		[
			{ ticketTypeId: '={{ "" }}' },
			'Ticket Type: is empty. Pick one from the list or give its ID (item 0)',
		],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
	});

	it('a list given by expression (its options hidden) is refused as having none', async () => {
		const result = await runIntercom({ ...base, dataType: '={{ "list" }}' });
		expect(result.error?.message).toBe(
			'List Options: a list attribute needs at least one option (item 0)',
		);
	});

	it('passes Intercom’s errors through', async () => {
		const { scope } = intercom();
		scope.post(PATH).reply(404, errorList('not_found', 'Resource Not Found'));
		const result = await runIntercom({ ...base, dataType: 'boolean' });
		expect(result.error?.message).toContain('Resource Not Found');
	});
});

contractSuite('ticketTypeAttribute › create');
