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

const message = {
	type: 'user_message',
	id: '403918330',
	created_at: 1719492819,
	body: 'Hello there',
	message_type: 'inapp',
	conversation_id: '536',
};

describe('conversation › create', () => {
	it('POSTs /conversations from the contact with the body, attachments and a creation date', async () => {
		const { scope, requests } = intercom();
		scope.post('/conversations').reply(200, message);
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'create',
			contactId: byUrl(
				`https://app.intercom.com/a/apps/abc123/users/${IDS.contact}/all-conversations`,
			),
			contactRole: 'lead',
			body: 'Hello there',
			additionalFields: {
				attachmentUrls: 'https://example.com/a.png, https://example.com/b.pdf',
				createdAt: '2026-01-31T00:00:00Z',
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ method: 'POST', path: '/conversations', query: {} });
		expect(requests[0].body).toEqual({
			from: { type: 'lead', id: IDS.contact },
			body: 'Hello there',
			attachment_urls: ['https://example.com/a.png', 'https://example.com/b.pdf'],
			created_at: 1769817600,
		});
		expect(jsonOf(result)).toEqual([message]);
	});

	it('sends a user by default and nothing optional', async () => {
		const { scope, requests } = intercom();
		scope.post('/conversations').reply(200, message);
		await runIntercom({
			resource: 'conversation',
			operation: 'create',
			contactId: byId(IDS.contact),
			body: 'Hi',
		});
		expect(requests[0].body).toEqual({ from: { type: 'user', id: IDS.contact }, body: 'Hi' });
	});

	it('refuses an empty body before any request, naming the field and item', async () => {
		const result = await runIntercom(
			{
				resource: 'conversation',
				operation: 'create',
				contactId: byId(IDS.contact),
				body: '={{ $json.text }}',
			},
			{ input: [{ text: '   ' }] },
		);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Body: is empty. Write the message to send (item 0)');
	});

	it('refuses attachment URLs that are not http(s)', async () => {
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'create',
			contactId: byId(IDS.contact),
			body: 'Hi',
			additionalFields: { attachmentUrls: 'ftp://example.com/a.png' },
		});
		expect(result.error?.message).toBe(
			'Attachment URLs: "ftp://example.com/a.png" is not an http(s) URL (item 0)',
		);
	});

	it('refuses more than 10 attachment URLs', async () => {
		const urls = Array.from({ length: 11 }, (_, n) => `https://example.com/${n}.png`).join(',');
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'create',
			contactId: byId(IDS.contact),
			body: 'Hi',
			additionalFields: { attachmentUrls: urls },
		});
		expect(result.error?.message).toBe(
			'Attachment URLs: has 11 URLs; Intercom takes at most 10 (item 0)',
		);
	});

	it('sends the subject and the brand (by ID, per item)', async () => {
		const { scope, requests } = intercom();
		scope.post('/conversations').times(2).reply(200, message);
		const result = await runIntercom(
			{
				resource: 'conversation',
				operation: 'create',
				contactId: byId(IDS.contact),
				body: 'Hello there',
				additionalFields: { subject: ' Invoice 42 ', brandId: byId('={{ $json.brand }}') },
			},
			{ input: [{ brand: '3' }, { brand: 'ugfhq9fq' }] },
		);
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			[
				'POST',
				'/conversations',
				{},
				{
					from: { type: 'user', id: IDS.contact },
					body: 'Hello there',
					subject: 'Invoice 42',
					brand_id: '3',
				},
			],
			[
				'POST',
				'/conversations',
				{},
				{
					from: { type: 'user', id: IDS.contact },
					body: 'Hello there',
					subject: 'Invoice 42',
					brand_id: 'ugfhq9fq',
				},
			],
		]);
	});

	it('leaves out an empty subject', async () => {
		const { scope, requests } = intercom();
		scope.post('/conversations').reply(200, message);
		await runIntercom({
			resource: 'conversation',
			operation: 'create',
			contactId: byId(IDS.contact),
			body: 'Hi',
			additionalFields: { subject: '  ' },
		});
		expect(requests[0].body).toEqual({ from: { type: 'user', id: IDS.contact }, body: 'Hi' });
	});

	it('takes the brand picked from the list', async () => {
		const { scope, requests } = intercom();
		scope.post('/conversations').reply(200, message);
		await runIntercom({
			resource: 'conversation',
			operation: 'create',
			contactId: byId(IDS.contact),
			body: 'Hi',
			additionalFields: { brandId: byList('3') },
		});
		expect(requests[0].body).toEqual({
			from: { type: 'user', id: IDS.contact },
			body: 'Hi',
			brand_id: '3',
		});
	});

	it.each([
		[{ brandId: byList('') }, 'Brand: is empty. Pick one from the list or give its ID (item 0)'],
		[{ brandId: byId('3/../4') }, 'Brand: "3/../4" is not a valid Intercom ID (item 0)'],
		[{ subject: '={{ ["a"] }}' }, /^Subject: got an array, expected text/],
	])('refuses %j before any request', async (fields, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'conversation',
			operation: 'create',
			contactId: byId(IDS.contact),
			body: 'Hi',
			additionalFields: fields,
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('conversation › create');
