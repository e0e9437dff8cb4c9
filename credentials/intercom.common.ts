import type { ICredentialTestRequest, INodeProperties } from 'n8n-workflow';

/**
 * What both Intercom credentials share: the data region (and a Base URL for Custom), and the API
 * version pinned as `Intercom-Version`. Region hosts: nodes/Intercom/helpers/constants.ts.
 */
export const regionProperty = (regionDescriptions: Record<'us' | 'eu' | 'au', string>): INodeProperties => ({
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
		{ name: '2.16 (Latest)', value: '2.16' },
		{ name: '2.15', value: '2.15' },
		{ name: '2.14', value: '2.14' },
		{ name: '2.13', value: '2.13' },
		{ name: '2.12', value: '2.12' },
		{ name: '2.11', value: '2.11' },
	],
	default: '2.16',
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
export const API_BASE_URL_EXPRESSION = `={{ $credentials.region === "custom" ? ${customBaseUrlExpression('$credentials.baseUrl')} : $credentials.region === "eu" ? "https://api.eu.intercom.io" : $credentials.region === "au" ? "https://api.au.intercom.io" : "https://api.intercom.io" }}`;

export const API_VERSION_EXPRESSION = '={{$credentials.apiVersion || "2.16"}}';

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
			message: 'Intercom refused access (403): the app lacks the permission to read admins, or the workspace’s plan lacks API access.',
		},
	},
];
