import type { ICredentialDataDecryptedObject, IWorkflowExecuteAdditionalData } from 'n8n-workflow';

import { IntercomAccessTokenApi } from '../../credentials/IntercomAccessTokenApi.credentials';
import { IntercomOAuth2Api } from '../../credentials/IntercomOAuth2Api.credentials';
import { Intercom } from '../../nodes/Intercom/Intercom.node';
import { IntercomTrigger } from '../../nodes/IntercomTrigger/IntercomTrigger.node';
import { resolveExpression } from '../harness/resolve-expression';
import { TestCredentialsHelper } from '../harness/run-node';

/** Intercom's API hosts (developers.intercom.com, "Regional hosting"), written out here, not taken from the code. */
const API_HOSTS: Record<string, string> = {
	us: 'https://api.intercom.io',
	eu: 'https://api.eu.intercom.io',
	au: 'https://api.au.intercom.io',
};

const accessToken = new IntercomAccessTokenApi();
const oauth2 = new IntercomOAuth2Api();

/** Resolves a credential-test expression the way n8n does, against `$credentials`. */
const resolve = (value: string, credentials: ICredentialDataDecryptedObject) =>
	resolveExpression(value, { $credentials: credentials });

const decrypted = async (data: ICredentialDataDecryptedObject) =>
	await new TestCredentialsHelper({ intercomOAuth2Api: data }, [oauth2]).getDecrypted(
		{} as IWorkflowExecuteAdditionalData,
		{ id: '1', name: 'x' },
		'intercomOAuth2Api',
		'internal',
	);

describe('credentials', () => {
	it('are the ones both nodes offer, each for its Authentication choice', () => {
		const offered = [new Intercom().description, new IntercomTrigger().description].map((d) => [
			d.credentials?.map((c) => [c.name, c.displayOptions?.show?.authentication]),
			(d.properties.find((p) => p.name === 'authentication')?.options ?? []).map(
				(o) => (o as { value: string }).value,
			),
		]);
		const expected = [
			[
				[accessToken.name, ['accessToken']],
				[oauth2.name, ['oAuth2']],
			],
			['accessToken', 'oAuth2'],
		];
		expect(offered).toEqual([expected, expected]);
	});

	it('have the names saved workflows point at, and distinct light/dark icons', () => {
		expect(accessToken.name).toBe('intercomAccessTokenApi');
		expect(oauth2.name).toBe('intercomOAuth2Api');
		expect(oauth2.extends).toEqual(['oAuth2Api']);
		expect(accessToken.icon).toEqual({
			light: 'file:../icons/intercom.svg',
			dark: 'file:../icons/intercom.dark.svg',
		});
	});

	it.each(['us', 'eu', 'au'])('the Access Token test calls GET /me on the %s host', (region) => {
		expect(accessToken.test.request.url).toBe('/me');
		expect(resolve(accessToken.test.request.baseURL as string, { region })).toBe(API_HOSTS[region]);
	});

	it('the Access Token test uses the Custom Base URL without its trailing slash', () => {
		expect(
			resolve(accessToken.test.request.baseURL as string, {
				region: 'custom',
				baseUrl: 'http://127.0.0.1:4010/x/',
			}),
		).toBe('http://127.0.0.1:4010/x');
	});

	it('the Access Token sends Bearer auth and the chosen version (2.16 by default)', () => {
		const headers = (accessToken.authenticate.properties.headers ?? {}) as Record<string, string>;
		expect(resolve(headers.Authorization, { accessToken: 'test-token' })).toBe('Bearer test-token');
		expect(resolve(headers['Intercom-Version'], { apiVersion: '2.13' })).toBe('2.13');
		expect(resolve(headers['Intercom-Version'], {})).toBe('2.16');
	});

	it.each([
		['us', 'https://app.intercom.com/oauth', 'https://api.intercom.io/auth/eagle/token'],
		['eu', 'https://app.eu.intercom.com/oauth', 'https://api.eu.intercom.io/auth/eagle/token'],
		['au', 'https://app.au.intercom.com/oauth', 'https://api.au.intercom.io/auth/eagle/token'],
		['custom', 'http://127.0.0.1:4010/oauth', 'http://127.0.0.1:4010/auth/eagle/token'],
	])(
		'OAuth2 region %s authorizes at %s and exchanges the code at %s',
		async (region, authUrl, tokenUrl) => {
			const data = await decrypted({
				region,
				baseUrl: 'http://127.0.0.1:4010/',
				clientId: 'id',
				clientSecret: 'secret',
			});
			expect(data.authUrl).toBe(authUrl);
			expect(data.accessTokenUrl).toBe(tokenUrl);
			expect(data.scope).toBe('');
			expect(data.authentication).toBe('body');
			expect(data.grantType).toBe('authorizationCode');
		},
	);

	it.each(['us', 'eu', 'au'])(
		'the OAuth2 test calls GET /me on the %s host with the version',
		(region) => {
			expect(oauth2.test.request.url).toBe('/me');
			expect(resolve(oauth2.test.request.baseURL as string, { region })).toBe(API_HOSTS[region]);
			const headers = oauth2.test.request.headers as Record<string, string>;
			expect(resolve(headers['Intercom-Version'], { apiVersion: '2.12' })).toBe('2.12');
		},
	);

	it('both offer the same API versions, 2.16 first', () => {
		const versions = (c: { properties: Array<{ name: string; options?: unknown[] }> }) =>
			(c.properties.find((p) => p.name === 'apiVersion')!.options as Array<{ value: string }>).map(
				(o) => o.value,
			);
		expect(versions(accessToken)).toEqual(['2.16', '2.15', '2.14', '2.13', '2.12', '2.11']);
		expect(versions(oauth2)).toEqual(versions(accessToken));
	});
});
