import type { IBinaryData, INodeParameters } from 'n8n-workflow';
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

const part = { type: 'ticket_part', id: '7', part_type: 'note', body: '<p>x</p>' };
const path = `/tickets/${IDS.ticket}/reply`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const file = (text: string, fileName: string, mimeType = 'text/plain'): IBinaryData => ({
	data: Buffer.from(text).toString('base64'),
	mimeType,
	fileName,
});
const base64 = (text: string) => Buffer.from(text).toString('base64');

const adminReply = (extra: INodeParameters): INodeParameters => ({
	resource: 'ticket',
	operation: 'reply',
	ticketId: byId(IDS.ticket),
	replyAs: 'admin',
	adminId: IDS.admin,
	...extra,
});

describe('ticket › reply › options only some replies have', () => {
	it('an admin note cross-posted, without notifications, with files from the item', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, part);
		const result = await runIntercom(
			adminReply({
				messageType: 'note',
				body: 'Root cause found',
				additionalFields: {
					crossPost: true,
					skipNotifications: true,
					attachmentFiles: 'log,trace',
				},
			}),
			{
				inputItems: [
					{
						json: {},
						binary: {
							log: file('line 1\nline 2', 'server.log'),
							trace: file('{"a":1}', 'trace.json', 'application/json'),
						},
					},
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ method: 'POST', path, query: {} });
		expect(requests[0].body).toEqual({
			message_type: 'note',
			type: 'admin',
			admin_id: IDS.admin,
			body: 'Root cause found',
			skip_notifications: true,
			cross_post: true,
			attachment_files: [
				{ content_type: 'text/plain', data: base64('line 1\nline 2'), name: 'server.log' },
				{ content_type: 'application/json', data: base64('{"a":1}'), name: 'trace.json' },
			],
		});
		expect(jsonOf(result)).toEqual([part]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('Cross Post off is sent as false', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, part);
		await runIntercom(
			adminReply({
				messageType: 'note',
				body: 'Only here',
				additionalFields: { crossPost: false },
			}),
		);
		expect(requests[0].body).toEqual({
			message_type: 'note',
			type: 'admin',
			admin_id: IDS.admin,
			body: 'Only here',
			cross_post: false,
		});
	});

	it('a quick reply on a ticket', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, { ...part, part_type: 'quick_reply', body: null });
		await runIntercom(
			adminReply({
				messageType: 'quick_reply',
				body: 'Can we close this?',
				replyOptions: {
					option: [
						{ text: 'Close it', uuid: '0df48b85-9a93-4c66-a167-753eff0baaec' },
						{ text: 'Keep open' },
					],
				},
			}),
		);
		expect(requests[0].body).toEqual({
			message_type: 'quick_reply',
			type: 'admin',
			admin_id: IDS.admin,
			body: 'Can we close this?',
			reply_options: [
				{ text: 'Close it', uuid: '0df48b85-9a93-4c66-a167-753eff0baaec' },
				{ text: 'Keep open', uuid: expect.stringMatching(UUID) },
			],
		});
	});

	it('a contact reply may skip notifications (the ticket endpoint takes it from anyone), but sends no cross post', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, part);
		await runIntercom({
			resource: 'ticket',
			operation: 'reply',
			ticketId: byId(IDS.ticket),
			replyAs: 'contact',
			contactId: byId(IDS.contact),
			body: 'Any news?',
			additionalFields: { skipNotifications: true, crossPost: true },
		});
		expect(requests[0].body).toEqual({
			message_type: 'comment',
			type: 'user',
			intercom_user_id: IDS.contact,
			body: 'Any news?',
			skip_notifications: true,
		});
	});

	describe('refused before any request, naming field and item', () => {
		const refused = async (
			extra: INodeParameters,
			binary: Record<string, IBinaryData> | undefined,
			message: string,
		) => {
			const { scope, requests } = intercom();
			scope.post(path).optionally().reply(200, part);
			const result = await runIntercom(adminReply(extra), { inputItems: [{ json: {}, binary }] });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error?.message).toBe(message);
			expect(result.error?.context?.itemIndex).toBe(0);
			expect(requests).toHaveLength(0);
		};

		it('11 files', async () => {
			const names = Array.from({ length: 11 }, (_, n) => `page${n + 1}`);
			await refused(
				{ body: 'Scans', additionalFields: { attachmentFiles: names.join(',') } },
				Object.fromEntries(names.map((name) => [name, file(name, `${name}.png`, 'image/png')])),
				'Attachment Files: names 11 files; Intercom takes at most 10 (and up to 10 attachment URLs besides) (item 0)',
			);
		});

		it('a missing binary field', async () => {
			await refused(
				{ body: 'Log', additionalFields: { attachmentFiles: 'log' } },
				undefined,
				'Attachment Files: the input item has no binary field "log" (item 0)',
			);
		});

		it('a quick reply without options', async () => {
			await refused(
				{ messageType: 'quick_reply', body: 'Pick one' },
				undefined,
				'Reply Options: is empty. A quick reply needs at least one option to pick (item 0)',
			);
		});

		it('a bad UUID', async () => {
			await refused(
				{ messageType: 'quick_reply', replyOptions: { option: [{ text: 'Yes', uuid: '123' }] } },
				undefined,
				'Reply Option 1: UUID: "123" is not a UUID (such as 0df48b85-9a93-4c66-a167-753eff0baaec); leave it empty to generate one (item 0)',
			);
		});

		it('a comment still needs its body', async () => {
			await refused(
				{ messageType: 'comment', body: '={{ "" }}' },
				undefined,
				'Body: is empty. Write the message to send (item 0)',
			);
		});
	});
});

contractSuite('ticket › reply › options');
