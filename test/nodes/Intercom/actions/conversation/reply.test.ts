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

const path = `/conversations/${IDS.conversation}/reply`;

describe('conversation › reply', () => {
	it('an admin comment with attachments', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'reply',
			conversationId: byId(IDS.conversation),
			replyAs: 'admin',
			adminId: IDS.admin,
			messageType: 'comment',
			body: '<p>On it</p>',
			additionalFields: { attachmentUrls: 'https://example.com/a.png' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ method: 'POST', path, query: {} });
		expect(requests[0].body).toEqual({
			message_type: 'comment',
			type: 'admin',
			admin_id: IDS.admin,
			body: '<p>On it</p>',
			attachment_urls: ['https://example.com/a.png'],
		});
		expect(jsonOf(result)[0].id).toBe(IDS.conversation);
	});

	it('an admin note', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		await runIntercom({
			resource: 'conversation',
			operation: 'reply',
			conversationId: byId(IDS.conversation),
			adminId: IDS.admin,
			messageType: 'note',
			body: 'Internal',
		});
		expect(requests[0].body).toEqual({
			message_type: 'note',
			type: 'admin',
			admin_id: IDS.admin,
			body: 'Internal',
		});
	});

	it('a contact reply with a creation date', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		await runIntercom({
			resource: 'conversation',
			operation: 'reply',
			conversationId: byId(IDS.conversation),
			replyAs: 'contact',
			contactId: byId(IDS.contact),
			body: 'Thanks!',
			additionalFields: { createdAt: 1769817600 },
		});
		expect(requests[0].body).toEqual({
			message_type: 'comment',
			type: 'user',
			intercom_user_id: IDS.contact,
			body: 'Thanks!',
			created_at: 1769817600,
		});
	});

	it('refuses an empty body before any request, naming the item', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		const result = await runIntercom(
			{
				resource: 'conversation',
				operation: 'reply',
				conversationId: byId(IDS.conversation),
				adminId: IDS.admin,
				body: '={{ $json.text }}',
			},
			{ input: [{ text: 'Hello' }, { text: '' }] },
		);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Body: is empty. Write the message to send (item 1)');
		expect(requests).toHaveLength(1);
	});

	it('refuses a reply with no admin chosen', async () => {
		const result = await runIntercom(
			{
				resource: 'conversation',
				operation: 'reply',
				conversationId: byId(IDS.conversation),
				adminId: '={{ $json.admin }}',
				body: 'Hi',
			},
			{ input: [{ admin: '' }] },
		);
		expect(result.error?.message).toBe(
			'Admin: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('conversation › reply');
