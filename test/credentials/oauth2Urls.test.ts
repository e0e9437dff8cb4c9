/**
 * The OAuth2 credential's Authorization and Access Token URLs for each region, resolved the way
 * n8n 2.41 resolves an OAuth2 credential before the authorize redirect and the token exchange
 * (`CredentialsHelper.applyDefaultsAndOverwrites` in packages/cli/src/credentials-helper.ts): the
 * stored values of pinned hidden fields are dropped, the properties' defaults applied
 * (`NodeHelpers.getNodeParameters`), then every `={{ … }}` resolved with `$self` as the data. The
 * expected URLs are Intercom's hosts written out here, not taken from the code. (The parent
 * `oAuth2Api` properties n8n merges in are not here: ours override the ones these tests read.)
 */
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { IntercomOAuth2Api } from '../../credentials/IntercomOAuth2Api.credentials';
import { resolveCredentialData } from '../harness/resolve-expression';

const oauth2 = new IntercomOAuth2Api();

/** n8n's OAUTH_PINNED_FIELDS (packages/cli/src/oauth/dcr-managed-fields.ts): never taken from storage when hidden. */
const PINNED = ['authUrl', 'accessTokenUrl', 'grantType', 'authentication', 'usePkce'];

/** The data n8n hands its OAuth2 client, from what the credential stored. */
function asN8nResolves(stored: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject {
	const data = { ...stored };
	for (const field of PINNED)
		if (oauth2.properties.some((p) => p.name === field && p.type === 'hidden')) delete data[field];
	const withDefaults = NodeHelpers.getNodeParameters(
		oauth2.properties,
		data as INodeParameters,
		true,
		false,
		null,
		null,
	) as INodeParameters;
	return resolveCredentialData(withDefaults) as ICredentialDataDecryptedObject;
}

const app = { clientId: 'test-client-id', clientSecret: 'test-client-secret' };

describe('Intercom OAuth2 credential: URLs by region', () => {
	it.each([
		['us', 'https://app.intercom.com/oauth', 'https://api.intercom.io/auth/eagle/token'],
		['eu', 'https://app.eu.intercom.com/oauth', 'https://api.eu.intercom.io/auth/eagle/token'],
		['au', 'https://app.au.intercom.com/oauth', 'https://api.au.intercom.io/auth/eagle/token'],
	])('%s: authorizes at %s, exchanges the code at %s', (region, authUrl, accessTokenUrl) => {
		const data = asN8nResolves({ ...app, region });
		expect(data.authUrl).toBe(authUrl);
		expect(data.accessTokenUrl).toBe(accessTokenUrl);
		// A Base URL left from an earlier Custom choice changes nothing.
		const leftOver = asN8nResolves({ ...app, region, baseUrl: 'http://127.0.0.1:5690' });
		expect([leftOver.authUrl, leftOver.accessTokenUrl]).toEqual([authUrl, accessTokenUrl]);
	});

	it.each([
		[
			'http://127.0.0.1:5690',
			'http://127.0.0.1:5690/oauth',
			'http://127.0.0.1:5690/auth/eagle/token',
		],
		[
			' https://intercom-proxy.example.com/intercom/ ',
			'https://intercom-proxy.example.com/intercom/oauth',
			'https://intercom-proxy.example.com/intercom/auth/eagle/token',
		],
	])(
		'custom %j: {Base URL}/oauth and {Base URL}/auth/eagle/token',
		(baseUrl, authUrl, tokenUrl) => {
			const data = asN8nResolves({ ...app, region: 'custom', baseUrl });
			expect(data.authUrl).toBe(authUrl);
			expect(data.accessTokenUrl).toBe(tokenUrl);
		},
	);

	it('a credential saved without a region is a US one', () => {
		const data = asN8nResolves({ ...app });
		expect(data.region).toBe('us');
		expect(data.authUrl).toBe('https://app.intercom.com/oauth');
		expect(data.accessTokenUrl).toBe('https://api.intercom.io/auth/eagle/token');
	});

	it('stored URLs of another region do not win over the region chosen (hidden fields are pinned)', () => {
		const data = asN8nResolves({
			...app,
			region: 'au',
			authUrl: 'https://app.eu.intercom.com/oauth',
			accessTokenUrl: 'https://api.eu.intercom.io/auth/eagle/token',
			authentication: 'header',
		});
		expect(data.authUrl).toBe('https://app.au.intercom.com/oauth');
		expect(data.accessTokenUrl).toBe('https://api.au.intercom.io/auth/eagle/token');
		expect(data.authentication).toBe('body');
	});

	it('asks for no scope and sends the client in the body', () => {
		const data = asN8nResolves({ ...app, region: 'eu' });
		expect(data.scope).toBe('');
		expect(data.authQueryParameters).toBe('');
		expect(data.grantType).toBe('authorizationCode');
		expect(data.authentication).toBe('body');
	});
});
