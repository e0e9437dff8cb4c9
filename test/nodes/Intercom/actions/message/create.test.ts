import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	contractSuite,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const answer = {
	type: 'admin_message',
	id: '2001',
	created_at: 1769817600,
	message_type: 'email',
	conversation_id: '64619700005570',
};

describe('message › create', () => {
	it('an email from an admin with a template and subject, creating the conversation at once', async () => {
		const { scope, requests } = intercom();
		scope.post('/messages').reply(200, answer);
		const result = await runIntercom({
			resource: 'message',
			operation: 'create',
			messageType: 'email',
			fromAdminId: IDS.admin,
			contactId: byId(IDS.contact),
			contactRole: 'lead',
			subject: 'Your refund',
			template: 'personal',
			body: '<p>Done</p>',
			additionalFields: { createConversation: true },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/messages',
				query: {},
				body: {
					message_type: 'email',
					body: '<p>Done</p>',
					from: { type: 'admin', id: 991267731 },
					to: { type: 'lead', id: IDS.contact },
					subject: 'Your refund',
					template: 'personal',
					create_conversation_without_contact_reply: true,
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('an in-app message has no subject or template', async () => {
		const { scope, requests } = intercom();
		scope.post('/messages').reply(200, answer);
		await runIntercom({
			resource: 'message',
			operation: 'create',
			fromAdminId: IDS.admin,
			contactId: byId(IDS.contact),
			body: 'Hi',
		});
		expect(requests[0].body).toEqual({
			message_type: 'in_app',
			body: 'Hi',
			from: { type: 'admin', id: 991267731 },
			to: { type: 'user', id: IDS.contact },
		});
	});

	it('refuses an email without a subject, and an empty body, before any request', async () => {
		const noSubject = await runIntercom(
			{
				resource: 'message',
				operation: 'create',
				messageType: 'email',
				fromAdminId: IDS.admin,
				contactId: byId(IDS.contact),
				subject: '={{ $json.s }}',
				body: 'Hi',
			},
			{ input: [{ s: '' }] },
		);
		expect(noSubject.error).toBeInstanceOf(NodeOperationError);
		expect(noSubject.error?.message).toBe('Subject: is empty (item 0)');
		const noBody = await runIntercom(
			{
				resource: 'message',
				operation: 'create',
				fromAdminId: IDS.admin,
				contactId: byId(IDS.contact),
				body: '={{ $json.b }}',
			},
			{ input: [{ b: ' ' }] },
		);
		expect(noBody.error?.message).toBe('Body: is empty. Write the message to send (item 0)');
	});
});

contractSuite('message › create');
