import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { byId, jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const run = async (parameters: INodeParameters, inputItems?: INodeExecutionData[]) => {
	const result = await runIntercom(parameters, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
		inputItems,
	});
	expect(result.error).toBeUndefined();
	return jsonOf(result);
};

const ADMIN = '991267460';
const REFUND = '72';
const UUID = '0df48b85-9a93-4c66-a167-753eff0baaec';
const pdf = Buffer.from('%PDF-1.7 refund form');

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => {
	sandbox.reset();
	sandbox.seed({
		contacts: [{ role: 'user', email: 'ada@example.com', name: 'Ada' }],
		conversations: [{ email: 'ada@example.com', body: 'Where is my refund?' }],
	});
});

afterEach(() => expect(sandbox.violations).toEqual([]));

const conversationId = () => [...sandbox.store.conversations.keys()][0];
const partsOf = async (id: string) => {
	const [c] = await run({
		resource: 'conversation',
		operation: 'get',
		conversationId: byId(id),
		simple: false,
	});
	return (c.conversation_parts as IDataObject).conversation_parts as IDataObject[];
};

describe('replies against the sandbox', () => {
	it('an admin comment with a file from the item and a URL, then a quick reply: both kept on the conversation', async () => {
		const id = conversationId();
		await run(
			{
				resource: 'conversation',
				operation: 'reply',
				conversationId: byId(id),
				replyAs: 'admin',
				adminId: ADMIN,
				messageType: 'comment',
				body: 'Here is the form',
				additionalFields: {
					attachmentFiles: 'form',
					attachmentUrls: 'https://example.com/policy.png',
					skipNotifications: true,
				},
			},
			[
				{
					json: {},
					binary: {
						form: {
							data: pdf.toString('base64'),
							mimeType: 'application/pdf',
							fileName: 'refund.pdf',
						},
					},
				},
			],
		);
		await run({
			resource: 'conversation',
			operation: 'reply',
			conversationId: byId(id),
			replyAs: 'admin',
			adminId: ADMIN,
			messageType: 'quick_reply',
			replyOptions: { option: [{ text: 'Got it', uuid: UUID }, { text: 'Still missing' }] },
		});
		const parts = await partsOf(id);
		expect(parts).toHaveLength(2);
		expect(parts[0]).toMatchObject({
			part_type: 'comment',
			body: 'Here is the form',
			attachments: [
				{
					type: 'upload',
					name: 'policy.png',
					url: 'https://example.com/policy.png',
					content_type: 'image/png',
				},
				{
					type: 'upload',
					name: 'refund.pdf',
					content_type: 'application/pdf',
					filesize: pdf.length,
				},
			],
		});
		expect(parts[1]).toMatchObject({
			part_type: 'quick_reply',
			body: null,
			author: { type: 'admin', id: ADMIN },
			metadata: {
				quick_reply_options: [
					{ text: 'Got it', uuid: UUID },
					{ text: 'Still missing', uuid: expect.stringMatching(/^[0-9a-f-]{36}$/) },
				],
			},
		});
	});

	it('a cross-posted note on a back-office ticket shows in its linked conversation too, with its file', async () => {
		const id = conversationId();
		const [ticket] = await run({
			resource: 'ticket',
			operation: 'create',
			ticketTypeId: REFUND,
			contactBy: 'email',
			contactEmail: 'ada@example.com',
			ticketAttributesJson: JSON.stringify({ _default_title_: 'Refund order 42' }),
			additionalFields: { conversationToLinkId: id },
		});
		const [part] = await run(
			{
				resource: 'ticket',
				operation: 'reply',
				ticketId: byId(String(ticket.id)),
				replyAs: 'admin',
				adminId: ADMIN,
				messageType: 'note',
				body: 'Refund sent',
				additionalFields: { crossPost: true, attachmentFiles: 'receipt' },
			},
			[
				{
					json: {},
					binary: {
						receipt: {
							data: pdf.toString('base64'),
							mimeType: 'application/pdf',
							fileName: 'receipt.pdf',
						},
					},
				},
			],
		);
		expect(part).toMatchObject({
			type: 'ticket_part',
			part_type: 'note',
			body: 'Refund sent',
			attachments: [{ name: 'receipt.pdf', content_type: 'application/pdf', filesize: pdf.length }],
		});
		expect(await partsOf(id)).toEqual([
			expect.objectContaining({
				part_type: 'note',
				body: 'Refund sent',
				attachments: [expect.objectContaining({ name: 'receipt.pdf' })],
			}),
		]);
	});
});
