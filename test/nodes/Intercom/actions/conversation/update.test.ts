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
