import type {
	ICredentialTestRequest,
	INodeCredentialDescription,
	INodeProperties,
} from 'n8n-workflow';

/**
 * What the two credentials and the two nodes share: the credential types and the Authentication
 * option that picks one, the data regions and their hosts, the API version pinned as
 * `Intercom-Version`, the Custom Base URL rule and the credential test's messages.
 */

/** API hosts per data region (developers.intercom.com, "Regional hosting"). */
export const REGION_API_HOSTS = {
	us: 'https://api.intercom.io',
	eu: 'https://api.eu.intercom.io',
	au: 'https://api.au.intercom.io',
} as const;

/** App hosts per data region: where OAuth2's authorization page is. */
export const REGION_APP_HOSTS = {
	us: 'https://app.intercom.com',
	eu: 'https://app.eu.intercom.com',
	au: 'https://app.au.intercom.com',
} as const;

export type Region = keyof typeof REGION_API_HOSTS;

/** The API host of a region, or undefined for one that is not Intercom's (Custom, or unknown). */
export function regionApiHost(region: string): string | undefined {
	return Object.hasOwn(REGION_API_HOSTS, region) ? REGION_API_HOSTS[region as Region] : undefined;
}

/** As an expression over `source` (e.g. `$self.region`): the region's host of `hosts`, the US one otherwise. */
export const regionHostExpression = (source: string, hosts: Record<Region, string>) =>
	`${source} === "eu" ? "${hosts.eu}" : ${source} === "au" ? "${hosts.au}" : "${hosts.us}"`;

/** The API version a credential pins unless it names another. */
export const DEFAULT_API_VERSION = '2.16';

/** Each Authentication choice and the credential type it uses. */
export const CREDENTIAL_CHOICES = [
	{ authentication: 'accessToken', credentialType: 'intercomAccessTokenApi' },
	{ authentication: 'oAuth2', credentialType: 'intercomOAuth2Api' },
] as const;

/** The credential type a node's Authentication value selects (Access Token unless OAuth2). */
export function credentialTypeFor(authentication: unknown): string {
	return (
		CREDENTIAL_CHOICES.find((choice) => choice.authentication === authentication) ??
		CREDENTIAL_CHOICES[0]
	).credentialType;
}

/**
 * A value written into an n8n expression as a JavaScript literal (JSON), its braces spaced apart:
 * a "}}" inside `{{ … }}` would end the expression.
 */
export function expressionLiteral(value: unknown): string {
	return JSON.stringify(value).replace(/[{}]/g, (brace) => (brace === '{' ? '{ ' : ' }'));
}

/** Both nodes' Authentication option. */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'Access Token', value: 'accessToken' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'accessToken',
};

/** Both nodes' credentials, each shown for its Authentication choice. */
export const nodeCredentials: INodeCredentialDescription[] = CREDENTIAL_CHOICES.map((choice) => ({
	name: choice.credentialType,
	required: true,
	displayOptions: { show: { authentication: [choice.authentication] } },
}));

export const regionProperty = (
	regionDescriptions: Record<'us' | 'eu' | 'au', string>,
): INodeProperties => ({
	displayName: 'Region',
	name: 'region',
	type: 'options',
	options: [
		{ name: 'United States', value: 'us', description: regionDescriptions.us },
		{ name: 'Europe', value: 'eu', description: regionDescriptions.eu },
		{ name: 'Australia', value: 'au', description: regionDescriptions.au },
		{ name: 'Custom', value: 'custom', description: 'A proxy or a test server' },
	],
	default: 'us',
	description: "Where the workspace's data is hosted (Intercom settings → Workspace → General)",
});

export const baseUrlProperty = (description: string): INodeProperties => ({
	displayName: 'Base URL',
	name: 'baseUrl',
	type: 'string',
	default: '',
	placeholder: 'https://intercom-proxy.example.com',
	required: true,
	displayOptions: { show: { region: ['custom'] } },
	description,
});

export const apiVersionProperty: INodeProperties = {
	displayName: 'API Version',
	name: 'apiVersion',
	type: 'options',
	options: [
		{ name: `${DEFAULT_API_VERSION} (Latest)`, value: DEFAULT_API_VERSION },
		{ name: '2.15', value: '2.15' },
		{ name: '2.14', value: '2.14' },
		{ name: '2.13', value: '2.13' },
		{ name: '2.12', value: '2.12' },
		{ name: '2.11', value: '2.11' },
	],
	default: DEFAULT_API_VERSION,
	description:
		'Sent as the Intercom-Version header on every request, so a change of the app’s default version in the Developer Hub does not change how the node behaves',
};

/**
 * What a Custom Base URL may be, after trimming: an absolute http(s) URL of a host name or IP
 * (optionally a port and a path prefix) without user info, query, fragment, percent-encoding or
 * dot segments. The node (nodes/Intercom/helpers/credentials.ts) and the credential test use this
 * one pattern, so they accept exactly the same values.
 */
export const CUSTOM_BASE_URL_PATTERN =
	/^https?:\/\/(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?!(?:\/[^/]*)*\/\.+(?:\/|$))(?:\/[A-Za-z0-9._~!$&'()*+,;=:-]*)*$/i;

/** Where the credential test goes when the Custom Base URL is not valid: a host that never resolves. */
export const INVALID_BASE_URL = 'https://custom-base-url-is-not-valid.invalid';

/** The Custom Base URL normalised (trimmed, no trailing slash), or INVALID_BASE_URL; as an expression over `source`. */
export const customBaseUrlExpression = (source: string) =>
	`(${CUSTOM_BASE_URL_PATTERN.toString()}.test(String(${source} ?? "").trim()) ? String(${source}).trim().replace(/\\/+$/, "") : "${INVALID_BASE_URL}")`;

/** The API base URL of a credential, as an expression over `$credentials`. */
export const API_BASE_URL_EXPRESSION = `={{ $credentials.region === "custom" ? ${customBaseUrlExpression('$credentials.baseUrl')} : ${regionHostExpression('$credentials.region', REGION_API_HOSTS)} }}`;

export const API_VERSION_EXPRESSION = `={{$credentials.apiVersion || "${DEFAULT_API_VERSION}"}}`;

/** What n8n shows when the credential test (`GET /me`) is refused, instead of a bare "Unauthorized". */
export const CREDENTIAL_TEST_RULES: ICredentialTestRequest['rules'] = [
	{
		type: 'responseCode',
		properties: {
			value: 401,
			message:
				'Intercom did not accept the token (401). Check it, and that Region matches the workspace’s: a token of a Europe or Australia workspace is refused by the US host.',
		},
	},
	{
		type: 'responseCode',
		properties: {
			value: 403,
			message:
				'Intercom refused access (403): the app lacks the permission to read admins, or the workspace’s plan lacks API access.',
		},
	},
];
