import type { INodeParameters } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	byList,
	byUrl,
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

const OTHER = '6762f11b1bb69f9f2193bba4';
const THIRD = '6762f11b1bb69f9f2193bba5';

/** An email from the admin to the test contact, with these Additional Fields. */
const email = (
	additionalFields: INodeParameters,
	extra: INodeParameters = {},
): INodeParameters => ({
	resource: 'message',
	operation: 'create',
	messageType: 'email',
	fromAdminId: IDS.admin,
	contactId: byId(IDS.contact),
	subject: 'Your refund',
	body: 'Done',
	additionalFields,
	...extra,
});

describe('message › create › CC and BCC', () => {
	it('sends CC and BCC as lists of recipients, each picked like the To contact (list, ID or URL) with its role', async () => {
		const { scope, requests } = intercom();
		scope.post('/messages').reply(200, answer);
		const result = await runIntercom(
			email({
				cc: {
					recipient: [
						{ contactId: byList(OTHER), contactRole: 'lead' },
						{
							contactId: byUrl(
								`https://app.eu.intercom.com/a/apps/abc123/users/${THIRD}/all-conversations`,
							),
							contactRole: 'user',
						},
					],
				},
				bcc: { recipient: [{ contactId: byId('={{ $json.bcc }}'), contactRole: 'user' }] },
			}),
			{ input: [{ bcc: 'aaaaaaaaaaaaaaaaaaaaaaaa' }] },
		);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/messages',
				query: {},
				body: {
					message_type: 'email',
					body: 'Done',
					from: { type: 'admin', id: 991267731 },
					to: { type: 'user', id: IDS.contact },
					subject: 'Your refund',
					template: 'plain',
					cc: [
						{ type: 'lead', id: OTHER },
						{ type: 'user', id: THIRD },
					],
					bcc: [{ type: 'user', id: 'aaaaaaaaaaaaaaaaaaaaaaaa' }],
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('one CC recipient is still a list; a role left out is user; CC added with no recipient sends none', async () => {
		const { scope, requests } = intercom();
		scope.post('/messages').reply(200, answer);
		const result = await runIntercom(
			email({ cc: { recipient: [{ contactId: byId(OTHER) }] }, bcc: {} }),
		);
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toMatchObject({ cc: [{ type: 'user', id: OTHER }] });
		expect(requests[0].body).not.toHaveProperty('bcc');
	});

	it.each([
		[
			'an empty contact',
			{ cc: { recipient: [{ contactId: byId(OTHER) }, { contactId: byId('={{ "" }}') }] } },
			'CC › 2 › Contact: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			'a contact ID with a slash',
			{ bcc: { recipient: [{ contactId: byId('={{ "a/../b" }}') }] } },
			'BCC › 1 › Contact: "a/../b" is not a valid Intercom ID (item 0)',
		],
		[
			'a role that is neither user nor lead',
			{ cc: { recipient: [{ contactId: byId(OTHER), contactRole: '={{ "admin" }}' }] } },
			'CC › 1 › Contact Role: got text "admin", expected one of "user", "lead" (item 0)',
		],
		[
			'the To contact again in CC',
			{ cc: { recipient: [{ contactId: byId(IDS.contact) }] } },
			`CC › 1 › Contact: contact ${IDS.contact} already receives the message (To) (item 0)`,
		],
		[
			'a CC contact again in BCC',
			{
				cc: { recipient: [{ contactId: byId(OTHER) }] },
				bcc: { recipient: [{ contactId: byId(THIRD) }, { contactId: byId(OTHER) }] },
			},
			`BCC › 2 › Contact: contact ${OTHER} already receives the message (CC) (item 0)`,
		],
		[
			'a contact twice in BCC',
			{ bcc: { recipient: [{ contactId: byId(OTHER) }, { contactId: byId(OTHER) }] } },
			`BCC › 2 › Contact: contact ${OTHER} already receives the message (BCC) (item 0)`,
		],
	])('refuses %s before any request, naming the field and item', async (_name, fields, message) => {
		const { requests } = intercom();
		const result = await runIntercom(email(fields));
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});

	it.each([
		['CC', { cc: { recipient: [{ contactId: byId(OTHER) }] } }],
		['BCC', { bcc: { recipient: [{ contactId: byId(OTHER) }] } }],
	])('refuses %s on an in-app message before any request', async (field, fields) => {
		const { requests } = intercom();
		const result = await runIntercom(email(fields, { messageType: 'in_app' }));
		expect(result.error?.message).toBe(
			`${field}: only email messages have ${field} recipients: set Channel to Email, or remove ${field} (item 0)`,
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('message › create');
