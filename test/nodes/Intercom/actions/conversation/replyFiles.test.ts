/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: a filesystem binary store in a temporary folder (node:fs, node:os, node:path, n8n-core's blob manager, @n8n/di) */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { FsByteStore } from '@n8n/blob-storage';
import { BinaryDataBlobManager, BinaryDataService } from 'n8n-core';
import type { IBinaryData, IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
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

/** n8n-core's own copy of @n8n/di: the container its BinaryDataService lives in. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- test-only: the copy n8n-core resolves, not the top-level one
const { Container } = require(
	require.resolve('@n8n/di', { paths: [dirname(require.resolve('n8n-core'))] }),
) as typeof import('@n8n/di');

/** The JSON body of a recorded request. */
const bodyOf = (request: { body: unknown }) => request.body as IDataObject;

const path = `/conversations/${IDS.conversation}/reply`;

/** Binary data held in memory, as n8n keeps it without a binary store. */
const inMemory = (text: string, extra: Partial<IBinaryData> = {}): IBinaryData => ({
	data: Buffer.from(text).toString('base64'),
	mimeType: 'text/plain',
	fileName: 'notes.txt',
	...extra,
});

const base64 = (text: string) => Buffer.from(text).toString('base64');

const adminReply = (additionalFields: INodeParameters): INodeParameters => ({
	resource: 'conversation',
	operation: 'reply',
	conversationId: byId(IDS.conversation),
	replyAs: 'admin',
	adminId: IDS.admin,
	messageType: 'comment',
	body: 'Here you are',
	additionalFields,
});

describe('conversation › reply › attachment files', () => {
	it('sends the named binary fields of the item, base64-encoded, with their type and name', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a]);
		const result = await runIntercom(
			adminReply({
				attachmentFiles: 'invoice, notes',
				attachmentUrls: 'https://example.com/a.png',
			}),
			{
				inputItems: [
					{
						json: {},
						binary: {
							invoice: {
								data: pdf.toString('base64'),
								mimeType: 'application/pdf',
								fileName: 'invoice-42.pdf',
							},
							notes: inMemory('Call back on Monday'),
							unused: inMemory('not sent'),
						},
					},
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({
			message_type: 'comment',
			type: 'admin',
			admin_id: IDS.admin,
			body: 'Here you are',
			attachment_urls: ['https://example.com/a.png'],
			attachment_files: [
				{ content_type: 'application/pdf', data: pdf.toString('base64'), name: 'invoice-42.pdf' },
				{ content_type: 'text/plain', data: base64('Call back on Monday'), name: 'notes.txt' },
			],
		});
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
	});

	it('names a file without a name after its field (and extension), typed octet-stream without a type', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		await runIntercom(adminReply({ attachmentFiles: 'scan,raw' }), {
			inputItems: [
				{
					json: {},
					binary: {
						scan: { data: base64('png bytes'), mimeType: 'image/png', fileExtension: 'png' },
						raw: { data: base64('raw bytes'), mimeType: '' },
					},
				},
			],
		});
		expect(bodyOf(requests[0]).attachment_files).toEqual([
			{ content_type: 'image/png', data: base64('png bytes'), name: 'scan.png' },
			{ content_type: 'application/octet-stream', data: base64('raw bytes'), name: 'raw' },
		]);
	});

	it('takes 10 files and 10 URLs together (Intercom counts each list on its own)', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		const names = Array.from({ length: 10 }, (_, n) => `f${n}`);
		const urls = Array.from({ length: 10 }, (_, n) => `https://example.com/${n}.png`);
		const result = await runIntercom(
			adminReply({ attachmentFiles: names.join(','), attachmentUrls: urls.join(',') }),
			{
				inputItems: [
					{
						json: {},
						binary: Object.fromEntries(
							names.map((name) => [name, inMemory(name, { fileName: `${name}.txt` })]),
						),
					},
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(bodyOf(requests[0]).attachment_urls).toEqual(urls);
		expect(bodyOf(requests[0]).attachment_files).toEqual(
			names.map((name) => ({
				content_type: 'text/plain',
				data: base64(name),
				name: `${name}.txt`,
			})),
		);
	});

	it('each item sends its own files (binary field names by expression)', async () => {
		const { scope, requests } = intercom();
		scope.post(path).times(2).reply(200, conversation(IDS.conversation));
		const result = await runIntercom(adminReply({ attachmentFiles: '={{ $json.files }}' }), {
			inputItems: [
				{ json: { files: 'a' }, binary: { a: inMemory('first', { fileName: 'a.txt' }) } },
				{
					json: { files: ['b', 'c'] },
					binary: {
						b: inMemory('second', { fileName: 'b.txt' }),
						c: inMemory('third', { fileName: 'c.txt' }),
					},
				},
			],
			continueOnFail: false,
		});
		expect(result.error).toBeUndefined();
		expect(
			requests.map((r) =>
				(bodyOf(r).attachment_files as Array<{ name: string }>).map((f) => f.name),
			),
		).toEqual([['a.txt'], ['b.txt', 'c.txt']]);
	});

	describe('with n8n keeping files in a filesystem binary store', () => {
		let folder: string;
		const service = Container.get(BinaryDataService);

		beforeAll(async () => {
			folder = mkdtempSync(join(tmpdir(), 'intercom-reply-'));
			const manager = new BinaryDataBlobManager(
				new FsByteStore({ storagePath: folder, reportError: () => {} }),
				{ error: () => {} } as never,
			);
			await manager.init();
			service.setManager('filesystem-v2', manager);
		});

		afterAll(() => rmSync(folder, { recursive: true, force: true }));

		it('reads the file from the store (the item holds only its ID)', async () => {
			const bytes = Buffer.from('%PDF-1.7 stored on disk');
			const stored = await service.store(
				{ type: 'execution', workflowId: 'test-workflow', executionId: 'stored' },
				bytes,
				{ data: '', mimeType: 'application/pdf', fileName: 'contract.pdf' },
			);
			expect(stored.id).toMatch(/^filesystem-v2:/);
			expect(stored.data).toBe('filesystem-v2');
			const { scope, requests } = intercom();
			scope.post(path).reply(200, conversation(IDS.conversation));
			const result = await runIntercom(adminReply({ attachmentFiles: 'contract' }), {
				inputItems: [{ json: {}, binary: { contract: stored } }],
			});
			expect(result.error).toBeUndefined();
			expect(bodyOf(requests[0]).attachment_files).toEqual([
				{ content_type: 'application/pdf', data: bytes.toString('base64'), name: 'contract.pdf' },
			]);
		});

		it('refuses a stored file over 10 MB by its recorded size, before reading it', async () => {
			const requests = intercom().requests;
			const result = await runIntercom(adminReply({ attachmentFiles: 'video' }), {
				inputItems: [
					{
						json: {},
						binary: {
							video: {
								data: 'filesystem-v2',
								id: 'filesystem-v2:workflows/test-workflow/executions/x/binary_data/missing',
								mimeType: 'video/mp4',
								fileName: 'demo.mp4',
								bytes: 25 * 1024 * 1024,
							},
						},
					},
				],
			});
			expect(result.error?.message).toBe(
				'Attachment Files: the file in "video" is 25.0 MB; a reply takes files of at most 10 MB (item 0)',
			);
			expect(requests).toHaveLength(0);
		});
	});
});

describe('conversation › reply › attachment files refused before any request', () => {
	const refused = async (
		additionalFields: INodeParameters,
		inputItems: INodeExecutionData[],
		message: string,
		itemIndex = 0,
	) => {
		const { scope, requests } = intercom();
		scope.post(path).optionally().reply(200, conversation(IDS.conversation));
		const result = await runIntercom(adminReply(additionalFields), { inputItems });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
		expect(result.error?.context?.itemIndex).toBe(itemIndex);
		expect(requests.length).toBe(itemIndex);
		return result;
	};

	it('a binary field the item does not have, naming the fields it has', async () => {
		const result = await refused(
			{ attachmentFiles: 'invoice, recipt' },
			[{ json: {}, binary: { invoice: inMemory('a'), receipt: inMemory('b') } }],
			'Attachment Files: the input item has no binary field "recipt" (item 0)',
		);
		expect(result.error?.description).toBe('Its binary fields: invoice, receipt.');
	});

	it('an item without any binary data (the second item: the first was sent)', async () => {
		const result = await refused(
			{ attachmentFiles: 'data' },
			[{ json: {}, binary: { data: inMemory('a') } }, { json: {} }],
			'Attachment Files: the input item has no binary field "data" (item 1)',
			1,
		);
		expect(result.error?.description).toBe(
			'The input item has no file: make sure the previous node outputs one.',
		);
	});

	it('11 files', async () => {
		const names = Array.from({ length: 11 }, (_, n) => `f${n}`);
		await refused(
			{ attachmentFiles: names.join(', ') },
			[{ json: {}, binary: Object.fromEntries(names.map((name) => [name, inMemory(name)])) }],
			'Attachment Files: names 11 files; Intercom takes at most 10 (and up to 10 attachment URLs besides) (item 0)',
		);
	});

	it('a file in memory over 10 MB', async () => {
		const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1);
		await refused(
			{ attachmentFiles: 'big' },
			[{ json: {}, binary: { big: { data: big.toString('base64'), mimeType: 'image/png' } } }],
			'Attachment Files: the file in "big" is 10.0 MB; a reply takes files of at most 10 MB (item 0)',
		);
	});

	it('a field name list that is not text', async () => {
		await refused(
			{ attachmentFiles: '={{ 42 > 1 }}' },
			[{ json: {}, binary: { data: inMemory('a') } }],
			'Attachment Files: got the boolean true, expected binary field names separated by commas (item 0)',
		);
	});

	it('Continue On Fail: one error item for the item without its file, paired with it; the others are sent', async () => {
		const { scope, requests } = intercom();
		scope.post(path).times(2).reply(200, conversation(IDS.conversation));
		const result = await runIntercom(adminReply({ attachmentFiles: 'data' }), {
			inputItems: [
				{ json: {}, binary: { data: inMemory('one') } },
				{ json: {}, binary: { other: inMemory('two') } },
				{ json: {}, binary: { data: inMemory('three') } },
			],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(
			requests.map((r) => (bodyOf(r).attachment_files as Array<{ data: string }>)[0].data),
		).toEqual([base64('one'), base64('three')]);
		expect(result.items.map((item) => [item.json.error ?? item.json.id, item.pairedItem])).toEqual([
			[IDS.conversation, { item: 0 }],
			['Attachment Files: the input item has no binary field "data" (item 1)', { item: 1 }],
			[IDS.conversation, { item: 2 }],
		]);
		expect(result.items[1].json.description).toBe('Its binary fields: other.');
	});
});

contractSuite('conversation › reply › attachment files');
