import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	accessTokenCredentials,
	contractSuite,
	conversation,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const admins = { type: 'admin.list', admins: [{ type: 'admin', id: '1', name: 'Ada' }] };
const base = { resource: 'rawRequest', operation: 'send' };

describe('rawRequest › send', () => {
	it('GETs a path relative to the credential’s host with query parameters, the pinned version and the token', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/data_attributes')
			.query({ model: 'company' })
			.reply(200, { type: 'list', data: [] });
		const result = await runIntercom({
			...base,
			method: 'GET',
			path: 'data_attributes',
			queryParameters: { parameter: [{ name: 'model', value: 'company' }] },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/data_attributes',
				query: { model: 'company' },
				body: undefined,
			}),
		]);
		expect(requests[0].headers['intercom-version']).toBe('2.16');
		expect(requests[0].headers.authorization).toBe('Bearer test-token');
		expect(jsonOf(result)).toEqual([{ type: 'list', data: [] }]);
	});

	it('POSTs the JSON body', async () => {
		const { scope, requests } = intercom();
		scope.post('/tags').reply(200, { type: 'tag', id: '9', name: 'VIP' });
		const result = await runIntercom({
			...base,
			method: 'POST',
			path: '/tags',
			jsonBody: '{"name": "VIP"}',
		});
		expect(requests).toEqual([
			expect.objectContaining({ method: 'POST', path: '/tags', query: {}, body: { name: 'VIP' } }),
		]);
		expect(jsonOf(result)).toEqual([{ type: 'tag', id: '9', name: 'VIP' }]);
	});

	it('an empty JSON object sends no body; an empty answer becomes { success: true }', async () => {
		const { scope, requests } = intercom();
		scope.delete('/tags/9').reply(200);
		const result = await runIntercom({
			...base,
			method: 'DELETE',
			path: '/tags/9',
			jsonBody: '{}',
		});
		expect(requests[0]).toMatchObject({ method: 'DELETE', path: '/tags/9', body: undefined });
		expect(jsonOf(result)).toEqual([{ success: true }]);
	});

	it('accepts a full URL on the credential’s own host and sends only its path', async () => {
		const { scope, requests } = intercom();
		scope.get('/admins').reply(200, admins);
		const result = await runIntercom({
			...base,
			method: 'GET',
			path: 'https://api.intercom.io/admins',
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].path).toBe('/admins');
		expect(jsonOf(result)).toEqual([admins]);
	});

	it.each([
		['https://evil.example.com/admins', 'https://evil.example.com'],
		['//evil.example.com/admins', 'https://evil.example.com'],
		['http://api.intercom.io/admins', 'http://api.intercom.io'],
		['https://api.eu.intercom.io/admins', 'https://api.eu.intercom.io'],
	])('refuses %s before any request, so the token never goes there', async (path, origin) => {
		const result = await runIntercom({ ...base, method: 'GET', path });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(
			`Path: "${origin}" is not the credential’s Intercom host (https://api.intercom.io). The token is only sent there; give a path such as /conversations (item 0)`,
		);
	});

	it.each([
		['https://api.intercom.io//evil.example.com/admins'],
		['/\\evil.example.com/admins'],
		['admins\\..\\me'],
	])(
		'refuses %s, a path that would not stay on the credential’s host, before any request',
		async (path) => {
			const result = await runIntercom({ ...base, method: 'GET', path });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error?.message).toBe(
				'Path: must be a path on the credential’s Intercom host such as /conversations, without backslashes, # or a leading // (item 0)',
			);
		},
	);

	it.each([
		['/../x'],
		['/admins/../../x'],
		['admins/..'],
		['/a/%2e%2e/x'],
		['/a/%252e%252e/x'],
		['/.'],
		['/admins#f'],
	])(
		'refuses %s, which could leave the Base URL’s path prefix, before any request',
		async (path) => {
			const credentials = accessTokenCredentials({
				region: 'custom',
				baseUrl: 'https://proxy.example.com/intercom',
			});
			const result = await runIntercom({ ...base, method: 'GET', path }, { credentials });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error?.message).toMatch(/^Path: .* \(item 0\)$/);
			expect(result.error?.message).toMatch(/dot segment|backslashes, #/);
		},
	);

	it('with a Custom base URL, a full URL must be under its path', async () => {
		const credentials = accessTokenCredentials({
			region: 'custom',
			baseUrl: 'https://proxy.example.com/intercom',
		});
		const { scope, requests } = intercom('https://proxy.example.com/intercom');
		scope.get('/intercom/admins').reply(200, admins);
		const ok = await runIntercom(
			{ ...base, method: 'GET', path: 'https://proxy.example.com/intercom/admins' },
			{ credentials },
		);
		expect(ok.error).toBeUndefined();
		expect(requests[0].path).toBe('/admins');
		const refused = await runIntercom(
			{ ...base, method: 'GET', path: 'https://proxy.example.com/other/admins' },
			{ credentials },
		);
		expect(refused.error?.message).toMatch(
			/^Path: "https:\/\/proxy\.example\.com" is not the credential’s Intercom host \(https:\/\/proxy\.example\.com\/intercom\)/,
		);
	});

	it('refuses a query string in the path, and invalid JSON in the body', async () => {
		const query = await runIntercom({ ...base, method: 'GET', path: '/conversations?per_page=5' });
		expect(query.error?.message).toBe(
			'Path: put query parameters in Query Parameters, not in the path (item 0)',
		);
		const json = await runIntercom({
			...base,
			method: 'POST',
			path: '/tags',
			jsonBody: '{"name": ',
		});
		expect(json.error?.message).toMatch(/^Body \(JSON\): is not valid JSON: .+\(item 0\)$/);
	});

	it('Return All follows pages.next.starting_after and returns one item per element', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/conversations')
			.query({ per_page: '2' })
			.reply(200, {
				type: 'conversation.list',
				conversations: [conversation('1'), conversation('2')],
				pages: { type: 'pages', next: { starting_after: 'cur1' } },
			})
			.get('/conversations')
			.query({ per_page: '2', starting_after: 'cur1' })
			.reply(200, {
				type: 'conversation.list',
				conversations: [conversation('3')],
				pages: { type: 'pages' },
			});
		const result = await runIntercom({
			...base,
			method: 'GET',
			path: '/conversations',
			queryParameters: { parameter: [{ name: 'per_page', value: '2' }] },
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{ per_page: '2' },
			{ per_page: '2', starting_after: 'cur1' },
		]);
		expect(jsonOf(result).map((c) => c.id)).toEqual(['1', '2', '3']);
	});

	it('maps Intercom’s errors like every other operation', async () => {
		const { scope } = intercom();
		scope.get('/tickets/999').reply(404, {
			type: 'error.list',
			request_id: 'r9',
			errors: [{ code: 'ticket_not_found', message: 'Ticket not found' }],
		});
		const result = await runIntercom({ ...base, method: 'GET', path: '/tickets/999' });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe('Intercom error 404: ticket_not_found: Ticket not found');
		expect(result.error?.description).toContain('Intercom request ID: r9');
	});
});

contractSuite('rawRequest › send');
