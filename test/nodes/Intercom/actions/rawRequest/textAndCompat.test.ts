/**
 * Raw Request › Response Format Text, Return All staying JSON, and saved workflows from before
 * Body Content Type, through the node's real execute().
 */
import { NodeApiError, NodeHelpers, NodeOperationError } from 'n8n-workflow';
import type { INode, INodeParameters } from 'n8n-workflow';

import { Intercom } from '../../../../../nodes/Intercom/Intercom.node';
import {
	contractSuite,
	conversation,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const base = { resource: 'rawRequest', operation: 'send' };
const transcript = 'Agent: Grüß Gott — how can I help? 👋\nCustomer: The invoice.\n';

describe('rawRequest › Response Format: Text', () => {
	it('puts the answer, read as UTF-8, in Put Output in Field (default data); Accept is */*', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/calls/7/transcript')
			.reply(200, Buffer.from(transcript, 'utf8'), { 'content-type': 'text/plain' });
		const result = await runIntercom({
			...base,
			method: 'GET',
			path: '/calls/7/transcript',
			responseFormat: 'text',
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toEqual([{ data: transcript }]);
		expect(result.items[0].binary).toBeUndefined();
		expect(requests[0].headers.accept).toBe('*/*');
	});

	it('takes the field name and an Accept header; a JSON answer comes as its text, unparsed', async () => {
		const { scope, requests } = intercom();
		const raw = '{ "type": "admin.list",\n  "admins": [] }\n';
		scope
			.get('/calls/7/transcript')
			.reply(200, transcript, { 'content-type': 'text/plain; charset=utf-8' })
			.get('/admins')
			.reply(200, raw, { 'content-type': 'application/json' });
		const text = await runIntercom({
			...base,
			method: 'GET',
			path: '/calls/7/transcript',
			responseFormat: 'text',
			outputPropertyName: 'transcript',
			options: { headers: { header: [{ name: 'Accept', value: 'text/plain' }] } },
		});
		expect(jsonOf(text)).toEqual([{ transcript }]);
		expect(requests[0].headers.accept).toBe('text/plain');
		const json = await runIntercom({
			...base,
			method: 'GET',
			path: '/admins',
			responseFormat: 'text',
		});
		expect(jsonOf(json)).toEqual([{ data: raw }]);
	});

	it('an empty answer is empty text; Intercom’s errors are mapped as for every format', async () => {
		const { scope } = intercom();
		scope
			.get('/calls/8/transcript')
			.reply(200, '')
			.get('/calls/9/transcript')
			.reply(404, {
				type: 'error.list',
				request_id: 'r9',
				errors: [{ code: 'not_found', message: 'Transcript not found' }],
			});
		const empty = await runIntercom({
			...base,
			method: 'GET',
			path: '/calls/8/transcript',
			responseFormat: 'text',
		});
		expect(jsonOf(empty)).toEqual([{ data: '' }]);
		const missing = await runIntercom({
			...base,
			method: 'GET',
			path: '/calls/9/transcript',
			responseFormat: 'text',
		});
		expect(missing.error).toBeInstanceOf(NodeApiError);
		expect(missing.error?.message).toBe('Intercom error 404: not_found: Transcript not found');
	});

	it('an empty Put Output in Field (by expression: n8n refuses it empty) is refused before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			...base,
			method: 'GET',
			path: '/calls/7/transcript',
			responseFormat: 'text',
			outputPropertyName: '={{ " " }}',
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Put Output in Field: is empty (item 0)');
		expect(requests).toHaveLength(0);
	});

	it('Return All follows the cursor and answers JSON items, whatever Response Format says', async () => {
		const { scope } = intercom();
		scope
			.get('/conversations')
			.reply(200, {
				type: 'conversation.list',
				conversations: [conversation('1')],
				pages: { type: 'pages', next: { starting_after: 'c1' } },
			})
			.get('/conversations')
			.query({ starting_after: 'c1' })
			.reply(200, {
				type: 'conversation.list',
				conversations: [conversation('2')],
				pages: { type: 'pages' },
			});
		const result = await runIntercom({
			...base,
			method: 'GET',
			path: '/conversations',
			returnAll: true,
			// Hidden in the editor with Return All; an expression could still set it.
			responseFormat: '={{ "text" }}',
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((c) => c.id)).toEqual(['1', '2']);
	});
});

describe('rawRequest › saved workflows from before Body Content Type', () => {
	const { description } = new Intercom();
	const { properties } = description;
	const node = (parameters: INodeParameters): INode => ({
		id: 'n1',
		name: 'Intercom',
		type: 'n8n-nodes-intercom.intercom',
		typeVersion: 1,
		position: [0, 0],
		parameters,
	});
	const saved: INodeParameters = {
		...base,
		method: 'POST',
		path: '/tags',
		jsonBody: '{"name": "VIP"}',
	};

	it('n8n resolves Body Content Type to JSON and keeps Body (JSON)', () => {
		const resolved = NodeHelpers.getNodeParameters(
			properties,
			saved,
			true,
			false,
			node(saved),
			description,
		);
		expect(resolved).toMatchObject({ ...saved, contentType: 'json' });
		// What the editor saves again (what differs from the defaults): no Body Content Type added.
		const stored = NodeHelpers.getNodeParameters(
			properties,
			saved,
			false,
			false,
			node(saved),
			description,
		);
		// Operation Send is the default, so it is not stored either.
		expect(stored).toEqual({
			resource: 'rawRequest',
			method: 'POST',
			path: '/tags',
			jsonBody: '{"name": "VIP"}',
		});
	});

	it('sends the JSON body as before, with application/json', async () => {
		const { scope, requests } = intercom();
		scope.post('/tags').reply(200, { type: 'tag', id: '9', name: 'VIP' });
		const result = await runIntercom(saved);
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ name: 'VIP' });
		expect(requests[0].headers['content-type']).toMatch(/^application\/json/);
		expect(jsonOf(result)).toEqual([{ type: 'tag', id: '9', name: 'VIP' }]);
	});

	it('a GET ignores Body Content Type, which the editor hides for it, as it ignored Body (JSON)', async () => {
		const { scope, requests } = intercom();
		scope.get('/admins').reply(200, { type: 'admin.list', admins: [] });
		const resolved = NodeHelpers.getNodeParameters(
			properties,
			{ ...base, method: 'GET', path: '/admins', contentType: 'binaryData' },
			false,
			false,
			node({}),
			description,
		);
		expect(resolved).not.toHaveProperty('contentType');
		const result = await runIntercom({
			...base,
			method: 'GET',
			path: '/admins',
			contentType: 'binaryData',
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toBeUndefined();
	});
});

contractSuite('raw request text and saved workflows');
