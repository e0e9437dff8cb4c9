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

const part = { type: 'ticket_part', id: '1', part_type: 'note', body: '<p>x</p>' };
const path = `/tickets/${IDS.ticket}/reply`;

describe('ticket › reply', () => {
	it('an admin note', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, part);
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'reply',
			ticketId: byId(IDS.ticket),
			replyAs: 'admin',
			adminId: IDS.admin,
			messageType: 'note',
			body: '<p>Checked the order</p>',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path,
				query: {},
				body: {
					message_type: 'note',
					type: 'admin',
					admin_id: IDS.admin,
					body: '<p>Checked the order</p>',
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([part]);
	});

	it('a contact reply with an attachment', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, part);
		await runIntercom({
			resource: 'ticket',
			operation: 'reply',
			ticketId: byId(IDS.ticket),
			replyAs: 'contact',
			contactId: byId(IDS.contact),
			body: 'Here is the receipt',
			additionalFields: { attachmentUrls: 'https://example.com/receipt.pdf' },
		});
		expect(requests[0].body).toEqual({
			message_type: 'comment',
			type: 'user',
			intercom_user_id: IDS.contact,
			body: 'Here is the receipt',
			attachment_urls: ['https://example.com/receipt.pdf'],
		});
	});

	it('refuses an empty body before any request', async () => {
		const result = await runIntercom(
			{
				resource: 'ticket',
				operation: 'reply',
				ticketId: byId(IDS.ticket),
				adminId: IDS.admin,
				body: '={{ $json.b }}',
			},
			{ input: [{ b: '' }] },
		);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Body: is empty. Write the message to send (item 0)');
	});
});

contractSuite('ticket › reply');
