import nock from 'nock';
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { WAIT, intercomApiRequest, pacer } from '../../../../nodes/Intercom/transport';

import {
	TOKEN,
	contractSuite,
	intercom,
	accessTokenCredentials,
	byId,
	contact,
	fastRetries,
	isolateNetwork,
	jsonOf,
	oauth2Credentials,
	runIntercom,
} from '../fixtures';

isolateNetwork();
fastRetries();

const getContact = { resource: 'contact', operation: 'get', contactId: byId('c1') };
const createContact = {
	resource: 'contact',
	operation: 'create',
	role: 'user',
	email: 'new@example.com',
};

describe('transport › only paths on the credential host', () => {
	// The check comes before anything else (credentials, HTTP): a context with just getNode() is enough.
	const context = { getNode: () => ({ name: 'Intercom' }) } as unknown as IExecuteFunctions;

	it.each([
		'https://evil.example.com/contacts',
		'//evil.example.com/contacts',
		'contacts',
		'/\\evil.example.com/x',
	])('refuses %s before any request', async (endpoint) => {
		const refusal = intercomApiRequest.call(context, 'GET', endpoint);
		await expect(refusal).rejects.toBeInstanceOf(NodeOperationError);
		await expect(refusal).rejects.toThrow(`Refused to send the request to "${endpoint}"`);
	});
});

describe('transport › hosts, auth and version', () => {
	it.each([
		['us', 'https://api.intercom.io'],
		['eu', 'https://api.eu.intercom.io'],
		['au', 'https://api.au.intercom.io'],
	])('Access Token, region %s → %s', async (region, host) => {
		let auth: unknown;
		intercom(host)
			.scope.get('/contacts/c1')
			.reply(function () {
				auth = this.req.headers.authorization;
				return [200, contact('c1')];
			});
		const result = await runIntercom(getContact, {
			credentials: accessTokenCredentials({ region }),
		});
		expect(result.error).toBeUndefined();
		expect(auth).toBe(`Bearer ${TOKEN}`);
	});

	it.each([
		['us', 'https://api.intercom.io'],
		['eu', 'https://api.eu.intercom.io'],
		['au', 'https://api.au.intercom.io'],
	])('OAuth2, region %s → %s with the OAuth token', async (region, host) => {
		let headers: Record<string, unknown> = {};
		intercom(host)
			.scope.get('/contacts/c1')
			.reply(function () {
				headers = this.req.headers;
				return [200, contact('c1')];
			});
		const result = await runIntercom(getContact, {
			oauth2: true,
			credentials: oauth2Credentials({ region }),
		});
		expect(result.error).toBeUndefined();
		expect(headers.authorization).toBe('Bearer test-oauth-token');
		expect(headers['intercom-version']).toBe('2.16');
	});

	it('Custom region sends to the Base URL (trailing slash trimmed, path prefix kept)', async () => {
		let auth: unknown;
		intercom('http://127.0.0.1:4010/proxy/intercom')
			.scope.get('/proxy/intercom/contacts/c1')
			.reply(function () {
				auth = this.req.headers.authorization;
				return [200, contact('c1')];
			});
		const result = await runIntercom(getContact, {
			credentials: accessTokenCredentials({
				region: 'custom',
				baseUrl: 'http://127.0.0.1:4010/proxy/intercom/',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(auth).toBe(`Bearer ${TOKEN}`);
	});

	it('OAuth2 with the Custom region uses its Base URL too', async () => {
		intercom('http://127.0.0.1:4011').scope.get('/contacts/c1').reply(200, contact('c1'));
		const result = await runIntercom(getContact, {
			oauth2: true,
			credentials: oauth2Credentials({ region: 'custom', baseUrl: 'http://127.0.0.1:4011' }),
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0].id).toBe('c1');
	});

	it('sends the pinned API version of the credential', async () => {
		let version: unknown;
		intercom()
			.scope.get('/contacts/c1')
			.reply(function () {
				version = this.req.headers['intercom-version'];
				return [200, contact('c1')];
			});
		await runIntercom(getContact, { credentials: accessTokenCredentials({ apiVersion: '2.11' }) });
		expect(version).toBe('2.11');
	});

	it('refuses a Custom region without a usable Base URL before sending anything', async () => {
		const result = await runIntercom(getContact, {
			credentials: accessTokenCredentials({ region: 'custom', baseUrl: '' }),
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toMatch(/Custom region.*Base URL/);
	});
});

describe('transport › errors', () => {
	it("maps Intercom's error.list to a NodeApiError with status, code, message, field and request id", async () => {
		intercom()
			.scope.post('/contacts')
			.reply(400, {
				type: 'error.list',
				request_id: 'req-123',
				errors: [
					{ code: 'parameter_invalid', message: 'Email is invalid', field: 'email' },
					{ code: 'parameter_invalid', message: 'Role is invalid' },
				],
			});
		const result = await runIntercom(createContact);
		const error = result.error!;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.httpCode).toBe('400');
		expect(error.message).toBe(
			'Intercom error 400: parameter_invalid: Email is invalid (field: email); parameter_invalid: Role is invalid',
		);
		expect(error.description).toContain('Intercom request ID: req-123');
		expect(error.description).toContain('• parameter_invalid: Email is invalid (field: email)');
		expect(error.description).toContain('Request: POST /contacts');
		expect(error.context?.itemIndex).toBe(0);
	});

	it('never shows the token, even when Intercom echoes it back', async () => {
		intercom()
			.scope.get('/contacts/c1')
			.reply(401, {
				type: 'error.list',
				request_id: 'req-401',
				errors: [{ code: 'unauthorized', message: `Access Token Invalid: ${TOKEN}` }],
			});
		const result = await runIntercom(getContact);
		const error = result.error!;
		expect(error.message).toContain('unauthorized');
		expect(error.description).toMatch(/Check the credential/);
		const everything = JSON.stringify({
			message: error.message,
			description: error.description,
			context: error.context,
			cause: (error as { cause?: unknown }).cause,
		});
		expect(everything).not.toContain(TOKEN);
		expect(everything).toContain('***');
	});

	it.each([
		[403, 'api_plan_restricted', /plan does not include/],
		[404, 'not_found', /found nothing with this ID/],
		[409, 'conflict', /conflict/],
		[422, 'validation_error', /could not process the data/],
	])('a %i (%s) says what to do', async (status, code, hint) => {
		intercom()
			.scope.get('/contacts/c1')
			.reply(status, { type: 'error.list', request_id: 'r', errors: [{ code, message: 'nope' }] });
		const result = await runIntercom(getContact);
		expect(result.error?.httpCode).toBe(String(status));
		expect(result.error?.message).toContain(code);
		expect(result.error?.description).toMatch(hint);
	});

	it('a merged contact (410) points at the canonical contact', async () => {
		intercom()
			.scope.get('/contacts/c1')
			.reply(
				410,
				{
					type: 'error.list',
					request_id: 'r410',
					errors: [{ code: 'contact_merged', message: 'Contact was merged' }],
				},
				{ Link: '</contacts/c9>; rel="canonical"' },
			);
		const result = await runIntercom(getContact);
		expect(result.error?.httpCode).toBe('410');
		expect(result.error?.description).toContain('merged into contact c9');
	});

	it('a body that is not an error.list still gives the status and text', async () => {
		intercom().scope.get('/contacts/c1').reply(404, 'Not Found');
		const result = await runIntercom(getContact);
		expect(result.error?.message).toBe('Intercom error 404: Not Found');
	});
});

describe('transport › retries', () => {
	it('waits for X-RateLimit-Reset after a 429, then succeeds', async () => {
		// An injected clock: Date.now() reads it and the transport's waits advance it instead of sleeping.
		let clock = Date.UTC(2026, 0, 1, 12, 0, 0, 400);
		const reset = Date.UTC(2026, 0, 1, 12, 0, 1) / 1000;
		const waits: number[] = [];
		const arrivals: number[] = [];
		const realSleep = WAIT.sleep;
		const now = jest.spyOn(Date, 'now').mockImplementation(() => clock);
		WAIT.sleep = async (ms: number) => {
			waits.push(ms);
			clock += ms;
		};
		pacer.clear();
		try {
			intercom()
				.scope.get('/contacts/c1')
				.reply(function () {
					arrivals.push(clock);
					return [
						429,
						{
							type: 'error.list',
							errors: [{ code: 'rate_limit_exceeded', message: 'Too many requests' }],
						},
						{
							'X-RateLimit-Limit': '1666',
							'X-RateLimit-Remaining': '0',
							'X-RateLimit-Reset': String(reset),
						},
					];
				})
				.get('/contacts/c1')
				.reply(function () {
					arrivals.push(clock);
					return [200, contact('c1')];
				});
			const result = await runIntercom(getContact);
			expect(result.error).toBeUndefined();
			// one wait: to the reset (600 ms away) plus the 100 ms margin, then the retry
			expect(waits).toEqual([700]);
			expect(arrivals).toEqual([clock - 700, clock]);
			expect(arrivals[1]).toBeGreaterThanOrEqual(reset * 1000);
		} finally {
			WAIT.sleep = realSleep;
			now.mockRestore();
			pacer.clear();
		}
	});

	it('gives up after a few 429s with a clear rate-limit error', async () => {
		let calls = 0;
		intercom()
			.scope.get('/contacts/c1')
			.times(4)
			.reply(() => {
				calls++;
				return [
					429,
					{ type: 'error.list', errors: [{ code: 'rate_limit_exceeded', message: 'Too many' }] },
				];
			});
		const result = await runIntercom(getContact);
		expect(calls).toBe(4);
		expect(result.error?.httpCode).toBe('429');
		expect(result.error?.description).toMatch(/rate limit was still exceeded after waiting 3 time/);
	});

	it('retries a GET that got a 500', async () => {
		let calls = 0;
		intercom()
			.scope.get('/contacts/c1')
			.reply(() => {
				calls++;
				return [500, { type: 'error.list', errors: [{ code: 'server_error', message: 'oops' }] }];
			})
			.get('/contacts/c1')
			.reply(() => {
				calls++;
				return [200, contact('c1')];
			});
		const result = await runIntercom(getContact);
		expect(result.error).toBeUndefined();
		expect(calls).toBe(2);
	});

	it('retries a GET whose connection dropped', async () => {
		intercom()
			.scope.get('/contacts/c1')
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
			.get('/contacts/c1')
			.reply(200, contact('c1'));
		const result = await runIntercom(getContact);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0].id).toBe('c1');
	});

	it('does not retry a POST that creates, after a 500', async () => {
		let calls = 0;
		intercom()
			.scope.post('/contacts')
			.times(2)
			.reply(() => {
				calls++;
				return [
					500,
					{ type: 'error.list', request_id: 'r500', errors: [{ code: 'server_error' }] },
				];
			});
		const result = await runIntercom(createContact);
		expect(calls).toBe(1);
		expect(result.error?.httpCode).toBe('500');
		expect(result.error?.description).toMatch(/not retried because it may have created something/);
		nock.cleanAll();
	});

	it('does not retry a POST whose connection dropped, and says so without the token', async () => {
		let calls = 0;
		intercom()
			.scope.post('/contacts')
			.times(2)
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
			.on('request', () => calls++);
		const result = await runIntercom(createContact);
		expect(calls).toBe(1);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toMatch(
			/^Could not reach Intercom at https:\/\/api\.intercom\.io: .+\(ECONNRESET\)$/,
		);
		expect(JSON.stringify(result.error)).not.toContain(TOKEN);
		nock.cleanAll();
	});

	it('gives up on a GET after 3 retries of a 5xx', async () => {
		let calls = 0;
		intercom()
			.scope.get('/contacts/c1')
			.times(4)
			.reply(() => {
				calls++;
				return [503, 'unavailable'];
			});
		const result = await runIntercom(getContact);
		expect(calls).toBe(4);
		expect(result.error?.httpCode).toBe('503');
		expect(result.error?.description).toMatch(/retried 3 time/);
	});
});

describe('transport › OAuth2 errors', () => {
	it("a 401 through OAuth2 shows Intercom's answer, not a token-refresh attempt", async () => {
		let calls = 0;
		intercom()
			.scope.get('/contacts/c1')
			.reply(() => {
				calls++;
				return [
					401,
					{
						type: 'error.list',
						request_id: 'req-o401',
						errors: [{ code: 'token_unauthorized', message: 'Not authorized to access app' }],
					},
				];
			});
		const result = await runIntercom(getContact, { oauth2: true });
		expect(calls).toBe(1);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.message).toBe(
			'Intercom error 401: token_unauthorized: Not authorized to access app',
		);
		expect(result.error?.description).toContain('Intercom request ID: req-o401');
		expect(
			JSON.stringify({ m: result.error?.message, d: result.error?.description }),
		).not.toContain('test-oauth-token');
	});
});

contractSuite('transport');

describe('transport › failures before any answer', () => {
	it('an OAuth2 credential that was never connected fails at once, without a request or retries', async () => {
		const result = await runIntercom(getContact, {
			oauth2: true,
			credentials: oauth2Credentials({ oauthTokenData: undefined, grantType: 'authorizationCode' }),
		});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toMatch(/OAuth credentials not connected/);
	});

	it('a host that does not resolve is retried for a GET, then reported as unreachable', async () => {
		let calls = 0;
		intercom()
			.scope.get('/contacts/c1')
			.times(4)
			.replyWithError(
				Object.assign(new Error('getaddrinfo ENOTFOUND api.intercom.io'), { code: 'ENOTFOUND' }),
			)
			.on('request', () => calls++);
		const result = await runIntercom(getContact);
		expect(calls).toBe(4);
		expect(result.error?.message).toMatch(
			/^Could not reach Intercom at https:\/\/api\.intercom\.io: /,
		);
		expect(result.error?.description).toMatch(/retried 3 time/);
	});
});
