/**
 * The Custom Base URL: an absolute http(s) URL without query, fragment or user info, trimmed.
 * The credential test (an n8n expression) and the node (resolveBaseUrl) accept exactly the same
 * values and send to the same URL; user info never appears in an error.
 */
import { IntercomAccessTokenApi } from '../../credentials/IntercomAccessTokenApi.credentials';
import { IntercomOAuth2Api } from '../../credentials/IntercomOAuth2Api.credentials';
import { INVALID_BASE_URL } from '../../credentials/intercom.common';
import { resolveBaseUrl } from '../../nodes/Intercom/helpers/credentials';
import { resolveExpression } from '../harness/resolve-expression';
import {
	accessTokenCredentials,
	byId,
	isolateNetwork,
	runIntercom,
} from '../nodes/Intercom/fixtures';

isolateNetwork();

/** Where the credential test sends GET /me, resolved as n8n resolves it. */
const testBaseUrl = (expression: string, baseUrl: unknown) =>
	resolveExpression(expression, { $credentials: { region: 'custom', baseUrl } }) as string;

/** Where the node sends requests, or undefined when it refuses the credential. */
const nodeBaseUrl = (baseUrl: unknown) => {
	try {
		return resolveBaseUrl({ region: 'custom', baseUrl } as never);
	} catch {
		return undefined;
	}
};

const VALID: Array<[string, string]> = [
	['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
	['http://127.0.0.1:4010/', 'http://127.0.0.1:4010'],
	[
		'  https://intercom-proxy.example.com/intercom/  ',
		'https://intercom-proxy.example.com/intercom',
	],
	['HTTPS://Proxy.Example.com:8443/a/b', 'HTTPS://Proxy.Example.com:8443/a/b'],
	['http://[::1]:5690', 'http://[::1]:5690'],
	['http://localhost:5690/v1.2/intercom', 'http://localhost:5690/v1.2/intercom'],
];

const INVALID = [
	'',
	'   ',
	'api.intercom.io',
	'ftp://proxy.example.com',
	'https://proxy.example.com/?x=1',
	'https://proxy.example.com?x=1',
	'https://proxy.example.com/#f',
	'https://proxy.example.com#f',
	'https://user:secret-pass@proxy.example.com',
	'https://user@proxy.example.com',
	'https://proxy.example.com/a/../b',
	'https://proxy.example.com/./x',
	'https://proxy.example.com/%2e%2e',
	'https://proxy.example.com\\x',
	'https://proxy.example.com/a b',
	'https:///nohost',
	'javascript:alert(1)',
];

describe('Custom Base URL', () => {
	const accessToken = new IntercomAccessTokenApi().test.request.baseURL as string;
	const oauth2 = new IntercomOAuth2Api().test.request.baseURL as string;

	it.each(VALID)(
		'%j is accepted by the node and the credential test alike, as %s',
		(input, expected) => {
			expect(nodeBaseUrl(input)).toBe(expected);
			expect(testBaseUrl(accessToken, input)).toBe(expected);
			expect(testBaseUrl(oauth2, input)).toBe(expected);
		},
	);

	it.each(INVALID)('%j is refused by the node, and the credential test goes nowhere', (input) => {
		expect(nodeBaseUrl(input)).toBeUndefined();
		expect(testBaseUrl(accessToken, input)).toBe(INVALID_BASE_URL);
		expect(testBaseUrl(oauth2, input)).toBe(INVALID_BASE_URL);
	});

	it('the OAuth2 authorize and token URLs follow the same rule', () => {
		const properties = new IntercomOAuth2Api().properties;
		const url = (name: string, baseUrl: string) =>
			resolveExpression(properties.find((p) => p.name === name)!.default as string, {
				$self: { region: 'custom', baseUrl },
			});
		expect(url('authUrl', ' http://127.0.0.1:4010/ ')).toBe('http://127.0.0.1:4010/oauth');
		expect(url('accessTokenUrl', 'http://127.0.0.1:4010?x=1')).toBe(
			`${INVALID_BASE_URL}/auth/eagle/token`,
		);
	});

	it.each([
		'https://user:secret-pass@corp-gateway.test',
		'https://corp-gateway.test/?x=1',
		'https://corp-gateway.test/#f',
	])('the node refuses %j before any request, without repeating it', async (baseUrl) => {
		const result = await runIntercom(
			{ resource: 'contact', operation: 'get', contactId: byId('c1') },
			{ credentials: accessTokenCredentials({ region: 'custom', baseUrl }) },
		);
		expect(result.error?.message).toMatch(
			/^The credential uses the Custom region but its Base URL is not valid/,
		);
		expect(JSON.stringify(result.error)).not.toContain('secret-pass');
		expect(JSON.stringify(result.error)).not.toContain('corp-gateway');
	});
});
