// The Intercom OAuth2 API credential signed in for real, through a real n8n 2.41.0 and the sandbox's
// Intercom OAuth (sandbox/oauth.ts), without a browser: the credential is created through n8n's REST
// API (Region Custom, the sandbox's app), n8n's authorize URL is asked for, the sandbox's authorize
// page redirects to n8n's callback with a code (or, declined, with an error that leaves the credential
// unconnected), n8n exchanges the code and stores the token. A workflow on
// that credential then calls the API with the OAuth token as the Bearer, and fails with a clear 401
// once the sandbox revokes it. One n8n start. Run by `npm test` (node --test).

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import {
	SANDBOX_OAUTH_CLIENT_ID,
	SANDBOX_OAUTH_CLIENT_SECRET,
	SANDBOX_TOKEN,
	errorOf,
	intercomNode,
	outputOf,
	useE2E,
	workflow,
} from './lib.mjs';

const CREDENTIAL_NAME = 'Intercom OAuth2 (e2e)';
const WORKFLOW_ID = 'e2eOAuthGetMe001';

/** The Set-Cookie pairs of an answer, as a Cookie header's parts. */
const cookiesOf = (res) => res.headers.getSetCookie().map((c) => c.split(';')[0]);

describe('the OAuth2 credential through a real n8n', { concurrency: false }, () => {
	const env = useE2E('oauth', []);
	let e2e;
	let session;
	let credentialId;
	/** The token the sandbox issued to n8n (read from the sandbox, never printed). */
	let token;

	before(async () => {
		e2e = env();
		({ session } = await e2e.server());
	});

	it('creates the credential through the REST API; it is not connected yet', async () => {
		const created = await session.json('/rest/credentials', {
			method: 'POST',
			body: JSON.stringify({
				name: CREDENTIAL_NAME,
				type: 'intercomOAuth2Api',
				data: {
					region: 'custom',
					baseUrl: e2e.sandbox.url,
					apiVersion: '2.16',
					clientId: SANDBOX_OAUTH_CLIENT_ID,
					clientSecret: SANDBOX_OAUTH_CLIENT_SECRET,
				},
			}),
		});
		credentialId = created.data.id;
		assert.equal(typeof credentialId, 'string');
		const stored = await session.json(`/rest/credentials/${credentialId}?includeData=true`);
		assert.equal(stored.data.type, 'intercomOAuth2Api');
		assert.equal(stored.data.data.oauthTokenData, undefined);
	});

	it('an admin who declines: n8n shows its error page and the credential stays unconnected', async () => {
		const auth = await session.json(
			`/rest/oauth2-credential/auth?id=${encodeURIComponent(credentialId)}`,
		);
		const declined = new URL(auth.data);
		declined.searchParams.set('deny', '1');
		const page = await fetch(declined, { redirect: 'manual' });
		assert.equal(page.status, 302);
		const back = new URL(page.headers.get('location'));
		assert.equal(back.searchParams.get('error'), 'access_denied');
		assert.equal(back.searchParams.has('code'), false);
		const done = await fetch(back, { headers: { cookie: session.cookie }, redirect: 'manual' });
		assert.match(await done.text(), /error/i, "n8n's callback error page");
		assert.deepEqual(e2e.sandbox.oauth.exchanges, [], 'no token request');
		const stored = await session.json(`/rest/credentials/${credentialId}?includeData=true`);
		assert.equal(stored.data.data.oauthTokenData, undefined);
	});

	it("signs in through n8n's OAuth2 flow: authorize URL, the sandbox's redirect, n8n's callback", async () => {
		// 1. n8n's authorize URL for the credential (what the "Connect my account" button opens).
		const auth = await session.request(
			`/rest/oauth2-credential/auth?id=${encodeURIComponent(credentialId)}`,
		);
		const authText = await auth.text();
		assert.equal(auth.status, 200, authText.slice(0, 300));
		const authorizeUrl = new URL(JSON.parse(authText).data);
		assert.equal(`${authorizeUrl.origin}${authorizeUrl.pathname}`, `${e2e.sandbox.url}/oauth`);
		const callback = `${session.baseUrl}/rest/oauth2-credential/callback`;
		assert.equal(authorizeUrl.searchParams.get('client_id'), SANDBOX_OAUTH_CLIENT_ID);
		assert.equal(authorizeUrl.searchParams.get('redirect_uri'), callback);
		assert.equal(authorizeUrl.searchParams.get('response_type'), 'code');
		const state = authorizeUrl.searchParams.get('state');
		assert.ok(state, 'n8n sends a state');
		// Cookies n8n sets with the URL (a browser binding, when on) go back with the callback.
		const cookie = [session.cookie, ...cookiesOf(auth)].join('; ');

		// 2. The sandbox's authorize page: 302 back to n8n with a code and the same state.
		const page = await fetch(authorizeUrl, { redirect: 'manual' });
		assert.equal(page.status, 302);
		const back = new URL(page.headers.get('location'));
		assert.equal(`${back.origin}${back.pathname}`, callback);
		assert.equal(back.searchParams.get('state'), state);
		assert.ok(back.searchParams.get('code'));

		// 3. n8n's callback, with the session cookie as the browser would send it.
		const done = await fetch(back, { headers: { cookie }, redirect: 'manual' });
		const html = await done.text();
		assert.equal(done.status, 200);
		assert.doesNotMatch(html, /error/i, 'n8n rendered its callback error page');

		// n8n exchanged the code once: form-encoded, the client in the body (authentication "body").
		assert.deepEqual(e2e.sandbox.oauth.exchanges, [
			{
				contentType: 'application/x-www-form-urlencoded',
				fields: ['client_id', 'client_secret', 'code', 'grant_type', 'redirect_uri'],
				clientId: SANDBOX_OAUTH_CLIENT_ID,
				authorizationHeader: false,
				status: 200,
			},
		]);
		assert.equal(e2e.sandbox.oauth.tokens.length, 1);
		token = e2e.sandbox.oauth.tokens[0].token;

		// n8n stored the token: its API shows the credential as connected.
		const stored = await session.json(`/rest/credentials/${credentialId}?includeData=true`);
		assert.equal(stored.data.data.oauthTokenData, true);
	});

	it('a workflow on the credential calls the API with the OAuth token as the Bearer', async () => {
		assert.ok(token, 'signed in');
		await e2e.importWorkflows([
			workflow(WORKFLOW_ID, 'E2E OAuth2 get current admin', [
				intercomNode(
					'Get Me',
					{ authentication: 'oAuth2', resource: 'admin', operation: 'getCurrent' },
					{
						credential: { id: credentialId, name: CREDENTIAL_NAME, type: 'intercomOAuth2Api' },
					},
				),
			]),
		]);
		const from = e2e.sandbox.requests.length;
		const run = await e2e.execute(WORKFLOW_ID);
		assert.equal(run.code, 0, run.stderr.slice(-2000));
		const [me] = outputOf(run.result, 'Get Me');
		assert.equal(me.type, 'admin');
		const calls = e2e.sandbox.requests.slice(from).map((r) => [r.method, r.path, r.status, r.auth]);
		assert.deepEqual(calls, [['GET', '/me', 200, 'oauth:1']]);
		assert.equal(e2e.sandbox.requests[from].intercomVersion, '2.16');
		assert.notEqual(token, SANDBOX_TOKEN);
	});

	it('after the sandbox revokes the token the workflow fails with a 401, without the token', async () => {
		const revoke = await fetch(`${e2e.sandbox.url}/__sandbox/oauth/revoke`, {
			method: 'POST',
			body: JSON.stringify({ token }),
		});
		assert.equal(revoke.status, 200);
		const from = e2e.sandbox.requests.length;
		const run = await e2e.execute(WORKFLOW_ID);
		assert.equal(run.code, 1, 'the workflow failed');
		const error = errorOf(run.result);
		assert.ok(error, 'n8n reports the error');
		const shown = JSON.stringify(error);
		assert.equal(error.name, 'NodeApiError');
		assert.equal(error.message, 'Intercom error 401: unauthorized: Access Token Invalid');
		assert.match(error.description, /the token may be wrong or revoked/);
		assert.match(error.description, /Request: GET \/me/);
		for (const [what, text] of [
			['the error', shown],
			['the output', run.stdout],
			['the log', run.stderr],
		])
			assert.equal(text.includes(token), false, `the token is not in ${what}`);
		// One request, refused; no token refresh tried (Intercom's tokens have no refresh token).
		const calls = e2e.sandbox.requests.slice(from).map((r) => [r.method, r.path, r.status, r.auth]);
		assert.deepEqual(calls, [['GET', '/me', 401, 'oauth:1']]);
		assert.equal(e2e.sandbox.oauth.exchanges.length, 1);
	});
});
