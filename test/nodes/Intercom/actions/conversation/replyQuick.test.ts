import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	contractSuite,
	conversation,
	IDS,
	intercom,
	isolateNetwork,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const path = `/conversations/${IDS.conversation}/reply`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const YES = 'a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb';

const quickReply = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'conversation',
	operation: 'reply',
	conversationId: byId(IDS.conversation),
	replyAs: 'admin',
	adminId: IDS.admin,
	messageType: 'quick_reply',
	replyOptions: { option: [{ text: 'Yes', uuid: YES }, { text: 'No' }] },
	...extra,
});

describe('conversation › reply › quick reply', () => {
	it('sends the options, generating a UUID for the one left without; no body when none is given', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		const result = await runIntercom(quickReply());
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({
			message_type: 'quick_reply',
			type: 'admin',
			admin_id: IDS.admin,
			reply_options: [
				{ text: 'Yes', uuid: YES },
				{ text: 'No', uuid: expect.stringMatching(UUID) },
			],
		});
	});

	it('with a body, and UUIDs given in capitals or with spaces around', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		await runIntercom(
			quickReply({
				body: 'Did that solve it?',
				replyOptions: { option: [{ text: 'Yes', uuid: ` ${YES.toUpperCase()} ` }] },
			}),
		);
		expect(requests[0].body).toEqual({
			message_type: 'quick_reply',
			type: 'admin',
			admin_id: IDS.admin,
			body: 'Did that solve it?',
			reply_options: [{ text: 'Yes', uuid: YES.toUpperCase() }],
		});
	});

	it('each run generates new UUIDs, distinct per option', async () => {
		const { scope, requests } = intercom();
		scope.post(path).times(2).reply(200, conversation(IDS.conversation));
		await runIntercom(
			quickReply({ replyOptions: { option: [{ text: 'A' }, { text: 'B', uuid: '' }] } }),
			{ input: [{}, {}] },
		);
		const uuids = requests.flatMap((r) =>
			((r.body as IDataObject).reply_options as IDataObject[]).map((o) => o.uuid),
		);
		expect(uuids).toHaveLength(4);
		expect(new Set(uuids).size).toBe(4);
	});

	it('the options of a comment or note stay out of its request', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		await runIntercom(quickReply({ messageType: 'note', body: 'Internal' }));
		expect(requests[0].body).toEqual({
			message_type: 'note',
			type: 'admin',
			admin_id: IDS.admin,
			body: 'Internal',
		});
	});

	describe('refused before any request, naming field and item', () => {
		it.each([
			[
				'no options',
				{ replyOptions: {} },
				'Reply Options: is empty. A quick reply needs at least one option to pick (item 0)',
			],
			[
				'an empty list',
				{ replyOptions: { option: [] } },
				'Reply Options: is empty. A quick reply needs at least one option to pick (item 0)',
			],
			[
				'an option without text',
				{ replyOptions: { option: [{ text: 'Yes' }, { text: ' ' }] } },
				'Reply Option 2: Text: is empty (item 0)',
			],
			[
				'a UUID that is not one',
				{ replyOptions: { option: [{ text: 'Yes', uuid: 'yes-1' }] } },
				'Reply Option 1: UUID: "yes-1" is not a UUID (such as 0df48b85-9a93-4c66-a167-753eff0baaec); leave it empty to generate one (item 0)',
			],
			[
				'a UUID one character short',
				{ replyOptions: { option: [{ text: 'Yes', uuid: YES.slice(0, -1) }] } },
				`Reply Option 1: UUID: "${YES.slice(0, -1)}" is not a UUID (such as 0df48b85-9a93-4c66-a167-753eff0baaec); leave it empty to generate one (item 0)`,
			],
		])('%s', async (_, extra, message) => {
			const { scope, requests } = intercom();
			scope.post(path).optionally().reply(200, conversation(IDS.conversation));
			const result = await runIntercom(quickReply(extra as INodeParameters));
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error?.message).toBe(message);
			expect(result.error?.context?.itemIndex).toBe(0);
			expect(requests).toHaveLength(0);
		});

		it('Continue On Fail: the item with a bad UUID is one error item, paired with it', async () => {
			const { scope, requests } = intercom();
			scope.post(path).times(2).reply(200, conversation(IDS.conversation));
			const result = await runIntercom(
				quickReply({ replyOptions: { option: [{ text: 'Yes', uuid: '={{ $json.uuid }}' }] } }),
				{ input: [{ uuid: YES }, { uuid: 'not-a-uuid' }, { uuid: '' }], continueOnFail: true },
			);
			expect(requests).toHaveLength(2);
			expect(
				result.items.map((item) => [item.json.error ?? item.json.id, item.pairedItem]),
			).toEqual([
				[IDS.conversation, { item: 0 }],
				[
					'Reply Option 1: UUID: "not-a-uuid" is not a UUID (such as 0df48b85-9a93-4c66-a167-753eff0baaec); leave it empty to generate one (item 1)',
					{ item: 1 },
				],
				[IDS.conversation, { item: 2 }],
			]);
		});
	});
});

describe('conversation › reply › skip notifications', () => {
	it('an admin reply sends skip_notifications', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		await runIntercom({
			resource: 'conversation',
			operation: 'reply',
			conversationId: byId(IDS.conversation),
			adminId: IDS.admin,
			messageType: 'comment',
			body: 'Fixed quietly',
			additionalFields: { skipNotifications: true },
		});
		expect(requests[0].body).toEqual({
			message_type: 'comment',
			type: 'admin',
			admin_id: IDS.admin,
			body: 'Fixed quietly',
			skip_notifications: true,
		});
	});

	it('a contact reply sends neither skip_notifications nor files (both are offered for admin replies only)', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		await runIntercom({
			resource: 'conversation',
			operation: 'reply',
			conversationId: byId(IDS.conversation),
			replyAs: 'contact',
			contactId: byId(IDS.contact),
			body: 'Thanks',
			// Left over from when the reply was an admin's: hidden for contacts, and not sent.
			additionalFields: { skipNotifications: true, attachmentFiles: 'data' },
		});
		expect(requests[0].body).toEqual({
			message_type: 'comment',
			type: 'user',
			intercom_user_id: IDS.contact,
			body: 'Thanks',
		});
	});

	it('refuses a value that is not true or false', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'reply',
			conversationId: byId(IDS.conversation),
			adminId: IDS.admin,
			body: 'Hi',
			additionalFields: { skipNotifications: '={{ "maybe" }}' },
		});
		expect(result.error?.message).toBe(
			'Skip Notifications: got text "maybe", expected true or false (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('conversation › reply › quick reply and skip notifications');
