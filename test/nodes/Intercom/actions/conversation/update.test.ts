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

describe('conversation › update', () => {
	it('PUTs read, title, company and typed custom attributes', async () => {
		const { scope, requests } = intercom();
		scope
			.put(`/conversations/${IDS.conversation}`)
			.reply(200, conversation(IDS.conversation, { read: true, title: 'Refund' }));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'update',
			conversationId: byId(IDS.conversation),
			updateFields: {
				read: true,
				title: 'Refund',
				companyId: '6762f09a1bb69f9f2193bb34',
				customAttributesUi: { attribute: [{ name: 'Seats', type: 'number', value: '3' }] },
				customAttributesJson: '{"Topic": "billing"}',
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'PUT',
			path: `/conversations/${IDS.conversation}`,
			query: {},
		});
		expect(requests[0].body).toEqual({
			read: true,
			title: 'Refund',
			company_id: '6762f09a1bb69f9f2193bb34',
			custom_attributes: { Seats: 3, Topic: 'billing' },
		});
		expect(jsonOf(result)[0]).toMatchObject({ id: IDS.conversation, read: true, title: 'Refund' });
	});

	it('sends read: false when it is switched off', async () => {
		const { scope, requests } = intercom();
		scope.put(`/conversations/${IDS.conversation}`).reply(200, conversation(IDS.conversation));
		await runIntercom({
			resource: 'conversation',
			operation: 'update',
			conversationId: byId(IDS.conversation),
			updateFields: { read: false },
		});
		expect(requests[0].body).toEqual({ read: false });
	});

	it('Options → Plain Text asks for the answer in plain text (display_as=plaintext)', async () => {
		const { scope, requests } = intercom();
		scope
			.put(`/conversations/${IDS.conversation}`)
			.query({ display_as: 'plaintext' })
			.reply(200, conversation(IDS.conversation, { title: 'Refund' }));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'update',
			conversationId: byId(IDS.conversation),
			updateFields: { title: 'Refund' },
			options: { plainText: true },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: `/conversations/${IDS.conversation}`,
				query: { display_as: 'plaintext' },
				body: { title: 'Refund' },
			}),
		]);
		expect(jsonOf(result)).toEqual([conversation(IDS.conversation, { title: 'Refund' })]);
	});

	it('Plain Text switched off sends no display_as', async () => {
		const { scope, requests } = intercom();
		scope.put(`/conversations/${IDS.conversation}`).reply(200, conversation(IDS.conversation));
		await runIntercom({
			resource: 'conversation',
			operation: 'update',
			conversationId: byId(IDS.conversation),
			updateFields: { read: true },
			options: { plainText: false },
		});
		expect(requests[0].query).toEqual({});
	});

	it('refuses Plain Text that is not true or false before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'update',
			conversationId: byId(IDS.conversation),
			updateFields: { read: true },
			options: { plainText: '={{ "sometimes" }}' },
		});
		expect(result.error?.message).toMatch(/^Plain Text: got text "sometimes", expected/);
		expect(requests).toHaveLength(0);
	});

	it('refuses an update with nothing to change', async () => {
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'update',
			conversationId: byId(IDS.conversation),
			updateFields: {},
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Update Fields: add at least one field to change (item 0)');
	});

	it('refuses invalid custom attribute JSON', async () => {
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'update',
			conversationId: byId(IDS.conversation),
			updateFields: { customAttributesJson: '{"Topic": ' },
		});
		expect(result.error?.message).toMatch(
			/^Custom Attributes \(JSON\): is not valid JSON: .+\(item 0\)$/,
		);
	});
});

contractSuite('conversation › update');
