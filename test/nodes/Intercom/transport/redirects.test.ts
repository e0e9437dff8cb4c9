/**
 * The credential never leaves its origin: a 3xx answer is an error naming the target's origin,
 * and nothing (no token, no body) is sent to the target. Node operations, the Raw Request, a
 * listSearch and a loadOptions method; both credentials; GET and POST; 301, 302, 307 and 308.
 */
import nock from 'nock';

import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { IntercomOAuth2Api } from '../../../../credentials/IntercomOAuth2Api.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import { runListSearch, runLoadOptions } from '../../../harness/run-method';
import {
	TOKEN,
	US,
	accessTokenCredentials,
	byId,
	intercom,
	isolateNetwork,
	oauth2Credentials,
	runIntercom,
} from '../fixtures';

isolateNetwork();

const EVIL = 'https://evil.example.com';

/** Whatever reaches the redirect's target, with its headers and body. */
function watchTarget(): Array<{
	method: string;
	path: string;
	headers: Record<string, unknown>;
	body: unknown;
}> {
	const seen: Array<{
		method: string;
		path: string;
		headers: Record<string, unknown>;
		body: unknown;
	}> = [];
	for (const method of ['get', 'post', 'put', 'delete'] as const) {
		const scope = nock(EVIL);
		scope[method](/.*/)
			.optionally()
			.times(10)
			.reply(function (uri, body) {
				seen.push({ method: this.req.method, path: uri, headers: this.req.headers, body });
				return [200, { type: 'contact', id: 'stolen' }];
			});
	}
	return seen;
}

const OPERATIONS = {
	GET: { resource: 'contact', operation: 'get', contactId: byId('c1') },
	POST: { resource: 'contact', operation: 'create', role: 'user', email: 'new@example.com' },
} as const;

const PATHS = { GET: '/contacts/c1', POST: '/contacts' } as const;

afterEach(() => nock.cleanAll());

describe.each([301, 302, 307, 308])('transport › a %i redirect', (status) => {
	describe.each(['GET', 'POST'] as const)('of a %s', (method) => {
		it.each([
			['Access Token', false],
			['OAuth2', true],
		])(
			'with the %s credential is an error naming the target; nothing reaches it',
			async (_name, oauth2) => {
				const seen = watchTarget();
				const { scope } = intercom();
				scope
					.intercept(PATHS[method], method)
					.reply(status, '', { Location: `${EVIL}/steal?token=x` });

				const result = await runIntercom(OPERATIONS[method], { oauth2 });

				expect(seen).toEqual([]);
				expect(result.items).toEqual([]);
				expect(result.error?.message).toBe(
					`Intercom answered ${status} with a redirect to ${EVIL}; it was not followed`,
				);
				expect(result.error?.httpCode).toBe(String(status));
				// Only the origin is named: the target's path and query may carry anything.
				expect(JSON.stringify(result.error)).not.toContain('steal');
				expect(JSON.stringify(result.error)).not.toContain(oauth2 ? 'test-oauth-token' : TOKEN);
			},
		);
	});

	it('to the same host is not followed either (Intercom never redirects API calls)', async () => {
		const seen: string[] = [];
		const { scope } = intercom();
		scope.get('/contacts/c1').reply(status, '', { Location: `${US}/contacts/c2` });
		scope
			.get('/contacts/c2')
			.optionally()
			.reply(() => {
				seen.push('followed');
				return [200, { type: 'contact', id: 'c2' }];
			});
		const result = await runIntercom(OPERATIONS.GET);
		expect(seen).toEqual([]);
		expect(result.error?.message).toBe(
			`Intercom answered ${status} with a redirect to ${US}; it was not followed`,
		);
	});

	it('of the Raw Request is an error too, with Continue On Fail one error item', async () => {
		const seen = watchTarget();
		const { scope } = intercom();
		scope.post('/conversations/search').reply(status, '', { Location: `${EVIL}/x` });
		const result = await runIntercom(
			{
				resource: 'rawRequest',
				operation: 'send',
				method: 'POST',
				path: '/conversations/search',
				jsonBody: '{"query":{}}',
			},
			{ continueOnFail: true },
		);
		expect(seen).toEqual([]);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.error).toBe(
			`Intercom answered ${status} with a redirect to ${EVIL}; it was not followed`,
		);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('transport › redirects in pickers', () => {
	const base = {
		node: new Intercom(),
		credentials: {
			intercomAccessTokenApi: accessTokenCredentials(),
			intercomOAuth2Api: oauth2Credentials(),
		},
		credentialTypes: [new IntercomAccessTokenApi(), new IntercomOAuth2Api()],
	};

	it.each([302, 307])(
		'a listSearch (searchContacts) refuses a %i and sends nothing to the target',
		async (status) => {
			const seen = watchTarget();
			const { scope } = intercom();
			scope
				.get('/contacts')
				.query(true)
				.reply(status, '', { Location: `${EVIL}/contacts` });
			await expect(runListSearch({ ...base, method: 'searchContacts' })).rejects.toThrow(
				`Intercom answered ${status} with a redirect to ${EVIL}; it was not followed`,
			);
			expect(seen).toEqual([]);
		},
	);

	it.each([301, 308])(
		'a loadOptions method (getAdmins, OAuth2) refuses a %i and sends nothing to the target',
		async (status) => {
			const seen = watchTarget();
			const { scope } = intercom();
			scope.get('/admins').reply(status, '', { Location: `${EVIL}/admins` });
			await expect(
				runLoadOptions({ ...base, parameters: { authentication: 'oAuth2' }, method: 'getAdmins' }),
			).rejects.toThrow(
				`Intercom answered ${status} with a redirect to ${EVIL}; it was not followed`,
			);
			expect(seen).toEqual([]);
		},
	);
});
