/**
 * The sandbox's Intercom OAuth through HTTP: the authorize page's redirects, the token exchange
 * (form-encoded as n8n sends it, or JSON), the issued token on the API, revocation and reset.
 * Tokens, codes and the client secret are only compared as booleans, so a failing assertion never
 * prints one.
 */
import type { Sandbox } from '../../sandbox';
import {
	OAUTH_CODE_LIFETIME_SECONDS,
	SANDBOX_OAUTH_CLIENT_ID,
	SANDBOX_OAUTH_CLIENT_SECRET,
	SANDBOX_TOKEN,
	startSandbox,
} from '../../sandbox';

const REDIRECT = 'http://127.0.0.1:9/rest/oauth2-credential/callback';
const OTHER_APP = {
	clientId: 'other-client',
	clientSecret: 'other-client-secret',
	redirectUris: ['https://other.example.com/cb'],
};

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({
		oauthApps: [
			{
				clientId: SANDBOX_OAUTH_CLIENT_ID,
				clientSecret: SANDBOX_OAUTH_CLIENT_SECRET,
				redirectUris: [],
			},
			OTHER_APP,
		],
	});
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());
afterEach(() => {
	expect(sandbox.violations).toEqual([]);
});

/** GET /oauth without following the redirect: status, Location and body. */
async function authorize(query: Record<string, string>) {
	const res = await fetch(`${sandbox.url}/oauth?${new URLSearchParams(query)}`, {
		redirect: 'manual',
	});
	const location = res.headers.get('location');
	return {
		status: res.status,
		location: location === null ? null : new URL(location),
		body: await res.text(),
	};
}

/** A code for the sandbox app, issued for REDIRECT. */
async function code(redirectUri = REDIRECT): Promise<string> {
	const { status, location } = await authorize({
		client_id: SANDBOX_OAUTH_CLIENT_ID,
		state: 's',
		redirect_uri: redirectUri,
	});
	expect(status).toBe(302);
	return location!.searchParams.get('code')!;
}

/** POST /auth/eagle/token, form-encoded (as n8n's OAuth2 client sends it) or as JSON. */
async function exchange(fields: Record<string, string>, as: 'form' | 'json' = 'form') {
	const res = await fetch(`${sandbox.url}/auth/eagle/token`, {
		method: 'POST',
		headers: {
			'content-type': as === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
			accept: 'application/json',
		},
		body: as === 'form' ? new URLSearchParams(fields).toString() : JSON.stringify(fields),
	});
	const text = await res.text();
	return { status: res.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

const form = (c: string, extra: Record<string, string> = {}) => ({
	code: c,
	client_id: SANDBOX_OAUTH_CLIENT_ID,
	client_secret: SANDBOX_OAUTH_CLIENT_SECRET,
	grant_type: 'authorization_code',
	redirect_uri: REDIRECT,
	...extra,
});

async function me(token: string) {
	const res = await fetch(`${sandbox.url}/me`, {
		headers: { authorization: `Bearer ${token}`, 'intercom-version': '2.16' },
	});
	return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The error.list's only error, without the request id. */
const onlyError = (body: Record<string, unknown>) => {
	expect(body.type).toBe('error.list');
	expect(typeof body.request_id).toBe('string');
	const errors = body.errors as Array<Record<string, unknown>>;
	expect(errors).toHaveLength(1);
	return errors[0];
};

describe('sandbox: GET /oauth (the authorize page)', () => {
	it('redirects to the redirect URI with a one-time code and the same state, keeping its query', async () => {
		const { status, location, body } = await authorize({
			client_id: SANDBOX_OAUTH_CLIENT_ID,
			state: 'eyJ0b2tlbiI6IngifQ==',
			redirect_uri: `${REDIRECT}?keep=1`,
			response_type: 'code',
			scope: '',
		});
		expect(status).toBe(302);
		expect(body).toBe('');
		expect(`${location!.origin}${location!.pathname}`).toBe(REDIRECT);
		expect([...location!.searchParams.keys()].sort()).toEqual(['code', 'keep', 'state']);
		expect(location!.searchParams.get('state')).toBe('eyJ0b2tlbiI6IngifQ==');
		expect(location!.searchParams.get('keep')).toBe('1');
		expect(location!.searchParams.get('code')).toMatch(/^[0-9a-f]{32}$/);
	});

	it('gives a new code each time', async () => {
		const first = await code();
		const second = await code();
		expect(first === second).toBe(false);
	});

	it('sends the admin who declines back with error=access_denied and the state, no code', async () => {
		const { status, location } = await authorize({
			client_id: SANDBOX_OAUTH_CLIENT_ID,
			state: 'abc',
			redirect_uri: REDIRECT,
			deny: '1',
		});
		expect(status).toBe(302);
		expect(location!.searchParams.get('error')).toBe('access_denied');
		expect(location!.searchParams.get('state')).toBe('abc');
		expect(location!.searchParams.has('code')).toBe(false);
	});

	it.each([
		[{ state: 's', redirect_uri: REDIRECT }, 'parameter_not_found', 'client_id'],
		[{ client_id: 'nobody', state: 's', redirect_uri: REDIRECT }, 'parameter_invalid', 'client_id'],
		[{ client_id: SANDBOX_OAUTH_CLIENT_ID, state: 's' }, 'parameter_not_found', 'redirect_uri'],
		[
			{ client_id: SANDBOX_OAUTH_CLIENT_ID, redirect_uri: 'javascript:alert(1)' },
			'parameter_invalid',
			'redirect_uri',
		],
		[
			{ client_id: SANDBOX_OAUTH_CLIENT_ID, redirect_uri: 'not a url' },
			'parameter_invalid',
			'redirect_uri',
		],
		[
			{ client_id: OTHER_APP.clientId, redirect_uri: REDIRECT },
			'parameter_invalid',
			'redirect_uri',
		],
	])('answers 400 without redirecting for %j', async (query, errorCode, field) => {
		const { status, location, body } = await authorize(query);
		expect(status).toBe(400);
		expect(location).toBeNull();
		expect(onlyError(JSON.parse(body) as Record<string, unknown>)).toMatchObject({
			code: errorCode,
			field,
		});
	});

	it("takes the app's first redirect URL when the request names none", async () => {
		const { status, location } = await authorize({ client_id: OTHER_APP.clientId, state: 'x' });
		expect(status).toBe(302);
		expect(`${location!.origin}${location!.pathname}`).toBe(OTHER_APP.redirectUris[0]);
		expect(location!.searchParams.get('state')).toBe('x');
		expect(location!.searchParams.has('code')).toBe(true);
	});
});

describe('sandbox: POST /auth/eagle/token', () => {
	it.each(['form', 'json'] as const)(
		'exchanges a code (%s body) for a Bearer token the API accepts',
		async (as) => {
			const { status, body } = await exchange(form(await code()), as);
			expect(status).toBe(200);
			expect(Object.keys(body).sort()).toEqual(['access_token', 'token', 'token_type']);
			expect(body.token_type).toBe('Bearer');
			expect(typeof body.access_token).toBe('string');
			expect(body.access_token === body.token).toBe(true);
			expect(body.access_token === SANDBOX_TOKEN).toBe(false);

			const answer = await me(body.access_token as string);
			expect(answer.status).toBe(200);
			expect(answer.body.type).toBe('admin');
			expect(sandbox.requests.map((r) => [r.method, r.path, r.status, r.auth])).toEqual([
				['GET', '/me', 200, 'oauth:1'],
			]);
			// The OAuth paths are neither validated nor counted as API requests; /me was both.
			expect(sandbox.stats.requests).toBe(1);
			expect(sandbox.oauth.tokens.map((t) => [t.id, t.clientId, t.revoked])).toEqual([
				[1, SANDBOX_OAUTH_CLIENT_ID, false],
			]);
		},
	);

	it('records what n8n-style requests carry, without the values of the code or secret', async () => {
		await exchange(form(await code()));
		await exchange(form('unknown-code'));
		expect(sandbox.oauth.exchanges).toEqual([
			{
				contentType: 'application/x-www-form-urlencoded',
				fields: ['client_id', 'client_secret', 'code', 'grant_type', 'redirect_uri'],
				clientId: SANDBOX_OAUTH_CLIENT_ID,
				authorizationHeader: false,
				status: 200,
			},
			expect.objectContaining({ status: 400 }),
		]);
		const recorded = JSON.stringify(sandbox.oauth.exchanges);
		expect(recorded.includes(SANDBOX_OAUTH_CLIENT_SECRET)).toBe(false);
	});

	it('refuses a code used twice (400), and the first token stays valid', async () => {
		const c = await code();
		const first = await exchange(form(c));
		expect(first.status).toBe(200);
		const again = await exchange(form(c));
		expect(again.status).toBe(400);
		expect(onlyError(again.body)).toEqual({
			code: 'parameter_invalid',
			message: 'The authorization code is invalid, expired or already used',
			field: 'code',
		});
		expect((await me(first.body.access_token as string)).status).toBe(200);
		expect(sandbox.oauth.tokens).toHaveLength(1);
	});

	it('refuses a wrong secret or an unknown client (401) without using up the code', async () => {
		const c = await code();
		const wrong: Array<Record<string, string>> = [
			{ client_secret: 'not-the-secret' },
			{ client_id: 'nobody' },
			{ client_id: OTHER_APP.clientId },
		];
		for (const extra of wrong) {
			const refused = await exchange(form(c, extra));
			expect(refused.status).toBe(401);
			expect(onlyError(refused.body)).toEqual({
				code: 'unauthorized',
				message: 'Client authentication failed',
			});
		}
		expect((await exchange(form(c))).status).toBe(200);
	});

	it('refuses an unknown code, a code of another app, and an expired code (400)', async () => {
		expect((await exchange(form('0123456789abcdef0123456789abcdef'))).status).toBe(400);

		const other = await authorize({ client_id: OTHER_APP.clientId, state: 's' });
		const otherCode = other.location!.searchParams.get('code')!;
		const mixed = await exchange(form(otherCode));
		expect(mixed.status).toBe(400);
		expect(onlyError(mixed.body).field).toBe('code');

		sandbox.clock.set(1_800_000_000);
		const late = await code();
		sandbox.clock.advance(OAUTH_CODE_LIFETIME_SECONDS + 1);
		const expired = await exchange(form(late));
		expect(expired.status).toBe(400);
		expect(onlyError(expired.body).field).toBe('code');

		const inTime = await code();
		sandbox.clock.advance(OAUTH_CODE_LIFETIME_SECONDS);
		expect((await exchange(form(inTime))).status).toBe(200);
		expect(sandbox.oauth.tokens).toHaveLength(1);
	});

	it('refuses a redirect_uri other than the one the code was issued for; none is fine', async () => {
		const wrong = await exchange(form(await code(), { redirect_uri: 'http://127.0.0.1:9/other' }));
		expect(wrong.status).toBe(400);
		expect(onlyError(wrong.body).field).toBe('redirect_uri');

		const fields: Record<string, string> = form(await code());
		delete fields.redirect_uri;
		expect((await exchange(fields, 'json')).status).toBe(200);
	});

	it.each(['code', 'client_id', 'client_secret'])('wants %s (400)', async (name) => {
		const fields: Record<string, string> = form(await code());
		delete fields[name];
		const refused = await exchange(fields);
		expect(refused.status).toBe(400);
		expect(onlyError(refused.body)).toMatchObject({ code: 'parameter_not_found', field: name });
	});

	it('wants a form or JSON body (400 for another type or broken JSON)', async () => {
		const text = await fetch(`${sandbox.url}/auth/eagle/token`, {
			method: 'POST',
			headers: { 'content-type': 'text/plain' },
			body: new URLSearchParams(form(await code())).toString(),
		});
		expect(text.status).toBe(400);
		const broken = await fetch(`${sandbox.url}/auth/eagle/token`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"code":',
		});
		expect(broken.status).toBe(400);
		expect(onlyError((await broken.json()) as Record<string, unknown>).code).toBe(
			'parameter_invalid',
		);
	});

	it('answers 404 for another method on the OAuth paths', async () => {
		const res = await fetch(`${sandbox.url}/auth/eagle/token`);
		expect(res.status).toBe(404);
		expect(onlyError((await res.json()) as Record<string, unknown>).code).toBe('not_found');
	});

	it('never repeats the secret or the code in an error', async () => {
		const c = await code();
		const answers = [
			await exchange(form(c, { client_secret: 'wrong-secret-value' })),
			await exchange(form(c, { redirect_uri: 'http://127.0.0.1:9/x' })),
			await exchange(form(c)),
		];
		for (const { text } of answers) {
			expect(text.includes(SANDBOX_OAUTH_CLIENT_SECRET)).toBe(false);
			expect(text.includes('wrong-secret-value')).toBe(false);
			expect(text.includes(c)).toBe(false);
		}
	});
});

describe('sandbox: OAuth tokens on the API', () => {
	const issue = async () => (await exchange(form(await code()))).body.access_token as string;

	it('a revoked token is refused with 401 unauthorized; others still work', async () => {
		const revoked = await issue();
		const kept = await issue();
		const res = await fetch(`${sandbox.url}/__sandbox/oauth/revoke`, {
			method: 'POST',
			body: JSON.stringify({ token: revoked }),
		});
		expect(res.status).toBe(200);
		const answer = await res.text();
		expect(JSON.parse(answer)).toEqual({ revoked: true, id: 1 });
		expect(answer.includes(revoked)).toBe(false);

		const refused = await me(revoked);
		expect(refused.status).toBe(401);
		expect(onlyError(refused.body)).toEqual({
			code: 'unauthorized',
			message: 'Access Token Invalid',
		});
		expect((await me(kept)).status).toBe(200);
		expect((await me(SANDBOX_TOKEN)).status).toBe(200);
		expect(sandbox.requests.map((r) => [r.status, r.auth])).toEqual([
			[401, 'oauth:1'],
			[200, 'oauth:2'],
			[200, 'token'],
		]);
		expect(sandbox.oauth.tokens.map((t) => t.revoked)).toEqual([true, false]);
	});

	it('a revoked token is refused by /__sandbox/uploads too', async () => {
		const token = await issue();
		const upload = () =>
			fetch(`${sandbox.url}/__sandbox/uploads`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}` },
				body: 'x',
			});
		expect((await upload()).status).toBe(200);
		expect(sandbox.oauth.revoke(token)).toBe(true);
		expect((await upload()).status).toBe(401);
	});

	it('revoking a token the sandbox never issued answers 404', async () => {
		for (const body of [{ token: 'never-issued' }, { token: SANDBOX_TOKEN }, {}]) {
			const res = await fetch(`${sandbox.url}/__sandbox/oauth/revoke`, {
				method: 'POST',
				body: JSON.stringify(body),
			});
			expect(res.status).toBe(404);
		}
		expect((await me(SANDBOX_TOKEN)).status).toBe(200);
	});

	it('the request log names the token, never shows it', async () => {
		const token = await issue();
		await me(token);
		await me('made-up');
		await fetch(`${sandbox.url}/me`, { headers: { 'intercom-version': '2.16' } });
		expect(sandbox.requests.map((r) => r.auth)).toEqual(['oauth:1', 'unknown', 'none']);
		const log = await (await fetch(`${sandbox.url}/__sandbox/requests`)).text();
		expect(log.includes(token)).toBe(false);
	});

	it('reset forgets the tokens and codes', async () => {
		const token = await issue();
		const pending = await code();
		sandbox.reset();
		expect((await me(token)).status).toBe(401);
		expect((await exchange(form(pending))).status).toBe(400);
		expect(sandbox.oauth.tokens).toEqual([]);
	});
});
