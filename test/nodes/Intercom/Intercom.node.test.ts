import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { Intercom } from '../../../nodes/Intercom/Intercom.node';
import { byId, contact, contractSuite, intercom, isolateNetwork, runIntercom } from './fixtures';

isolateNetwork();

const notFound = {
	type: 'error.list',
	request_id: 'req-nf',
	errors: [{ code: 'not_found', message: 'User Not Found' }],
};
const getById = { resource: 'contact', operation: 'get', contactId: byId('={{ $json.id }}') };

describe('Intercom node › items and errors', () => {
	it('Continue On Fail: 3 items, the 2nd fails → 3 items, the 2nd an error item, pairedItem right on all', async () => {
		const { scope } = intercom();
		scope
			.get('/contacts/a')
			.reply(200, contact('a'))
			.get('/contacts/b')
			.reply(404, notFound)
			.get('/contacts/c')
			.reply(200, contact('c'));
		const result = await runIntercom(getById, {
			input: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(result.items[0].json.id).toBe('a');
		expect(result.items[1].json).toEqual({
			error: 'Intercom error 404: not_found: User Not Found',
			httpCode: '404',
			codes: ['not_found'],
			requestId: 'req-nf',
			description: expect.stringContaining('Intercom found nothing with this ID'),
		});
		expect(result.items[2].json.id).toBe('c');
	});

	it('Continue On Fail keeps bad input as an error item too, without a request for it', async () => {
		const { scope, requests } = intercom();
		scope.get('/contacts/a').reply(200, contact('a')).get('/contacts/c').reply(200, contact('c'));
		const result = await runIntercom(getById, {
			input: [{ id: 'a' }, { id: '' }, { id: 'c' }],
			continueOnFail: true,
		});
		expect(requests.map((r) => r.path)).toEqual(['/contacts/a', '/contacts/c']);
		expect(result.items.map((item) => [item.json.id ?? item.json.error, item.pairedItem])).toEqual([
			['a', { item: 0 }],
			['Contact: is empty. Pick one from the list or give its ID (item 1)', { item: 1 }],
			['c', { item: 2 }],
		]);
	});

	it('without Continue On Fail, the first failing item stops the run and is named (one request at a time)', async () => {
		const { scope, requests } = intercom();
		scope.get('/contacts/a').reply(200, contact('a')).get('/contacts/b').reply(404, notFound);
		const result = await runIntercom(
			{ ...getById, options: { requestsInParallel: 1 } },
			{ input: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
		);
		expect(requests.map((r) => r.path)).toEqual(['/contacts/a', '/contacts/b']);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(result.error?.message).toBe('Intercom error 404: not_found: User Not Found');
	});

	it('an Intercom error shows its hint, each error, the request and the request ID on lines of their own', async () => {
		const twoErrors = {
			type: 'error.list',
			request_id: 'req-2',
			errors: [
				{ code: 'parameter_invalid', message: 'Email is invalid', field: 'email' },
				{ code: 'parameter_invalid', message: 'Name is too long', field: 'name' },
			],
		};
		const { scope } = intercom();
		scope.get('/contacts/b').reply(400, twoErrors).get('/contacts/b').reply(400, twoErrors);
		// The editor renders the description as HTML: <br> between the lines.
		const thrown = await runIntercom(getById, { input: [{ id: 'b' }] });
		const lines = String(thrown.error?.description).split('<br>');
		expect(lines.slice(1)).toEqual([
			'• parameter_invalid: Email is invalid (field: email)',
			'• parameter_invalid: Name is too long (field: name)',
			'Request: GET /contacts/b',
			'Intercom request ID: req-2',
		]);
		expect(lines[0]).not.toMatch(/\n|<br>/);
		// An error item carries the same lines as plain text.
		const item = await runIntercom(getById, { input: [{ id: 'b' }], continueOnFail: true });
		expect(String(item.items[0].json.description).split('\n')).toEqual(lines);
	});

	it('bad input without Continue On Fail is a NodeOperationError on its item', async () => {
		const { scope } = intercom();
		scope.get('/contacts/a').reply(200, contact('a'));
		const result = await runIntercom(getById, { input: [{ id: 'a' }, { id: 'not an id!' }] });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(result.error?.message).toBe('Contact: "not an id!" is not a valid Intercom ID (item 1)');
	});

	it('a list operation pairs every contact with the item that asked for it', async () => {
		const { scope } = intercom();
		const page = (ids: string[]) => ({
			type: 'list',
			data: ids.map((id) => contact(id)),
			pages: {},
		});
		scope
			.get('/contacts')
			.query({ per_page: '2' })
			.reply(200, page(['a1', 'a2']))
			.get('/contacts')
			.query({ per_page: '2' })
			.reply(200, page(['b1', 'b2']));
		const result = await runIntercom(
			{ resource: 'contact', operation: 'getAll', limit: 2 },
			{ input: [{}, {}] },
		);
		expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			['a1', { item: 0 }],
			['a2', { item: 0 }],
			['b1', { item: 1 }],
			['b2', { item: 1 }],
		]);
	});
});

describe('Intercom node › description', () => {
	const { description } = new Intercom();
	const operationsOf = (resource: string) =>
		(
			description.properties.find(
				(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
			) as INodeProperties
		).options!.map((o) => (o as { value: string }).value);

	it('keeps the contact operation values saved workflows depend on', () => {
		expect(operationsOf('contact').sort()).toEqual(
			[
				'create',
				'get',
				'getByExternalId',
				'update',
				'delete',
				'archive',
				'unarchive',
				'block',
				'getAll',
				'search',
				'merge',
				'attachCompany',
				'detachCompany',
				'getCompanies',
				'addTag',
				'removeTag',
				'getTags',
				'getSegments',
				'getSubscriptions',
				'addSubscription',
				'removeSubscription',
				'upsert',
				'getMergeHistory',
			].sort(),
		);
	});

	it('says which Intercom node this is, is usable as a tool and offers both credentials', () => {
		expect(description.name).toBe('intercom');
		expect(description.usableAsTool).toBe(true);
		expect(description.description).toMatch(
			/^Community package for Intercom's current API 2\.x: contacts, companies, conversations, tickets/,
		);
		expect(
			description.credentials?.map((c) => [c.name, c.displayOptions?.show?.authentication]),
		).toEqual([
			['intercomAccessTokenApi', ['accessToken']],
			['intercomOAuth2Api', ['oAuth2']],
		]);
	});
});

contractSuite('Intercom node');
