import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** The region's host for the app pages (authorize) and for the API (token). */
const APP_HOST =
	'$self.region === "eu" ? "https://app.eu.intercom.com" : $self.region === "au" ? "https://app.au.intercom.com" : "https://app.intercom.com"';
const API_HOST =
	'$self.region === "eu" ? "https://api.eu.intercom.io" : $self.region === "au" ? "https://api.au.intercom.io" : "https://api.intercom.io"';
const CUSTOM_BASE = 'String($self.baseUrl).replace(/\\/+$/, "")';

export class IntercomOAuth2Api implements ICredentialType {
	name = 'intercomOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Intercom OAuth2 API';

	icon = { light: 'file:../icons/intercom.svg', dark: 'file:../icons/intercom.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-intercom/n8n-nodes-intercom#oauth2';

	properties: INodeProperties[] = [
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'United States', value: 'us', description: 'app.intercom.com / api.intercom.io' },
				{ name: 'Europe', value: 'eu', description: 'app.eu.intercom.com / api.eu.intercom.io' },
				{ name: 'Australia', value: 'au', description: 'app.au.intercom.com / api.au.intercom.io' },
				{ name: 'Custom', value: 'custom', description: 'A proxy or a test server' },
			],
			default: 'us',
			description: "Where the workspace's data is hosted (Intercom settings → Workspace → General)",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://intercom-proxy.example.com',
			required: true,
			displayOptions: { show: { region: ['custom'] } },
			description:
				'The URL to send API requests to. Authorization goes to {Base URL}/oauth and the token exchange to {Base URL}/auth/eagle/token.',
		},
		{
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
			description: 'Sent as the Intercom-Version header on every request',
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: `={{ $self.region === "custom" ? ${CUSTOM_BASE} + "/oauth" : (${APP_HOST}) + "/oauth" }}`,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `={{ $self.region === "custom" ? ${CUSTOM_BASE} + "/auth/eagle/token" : (${API_HOST}) + "/auth/eagle/token" }}`,
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{ $credentials.region === "custom" ? String($credentials.baseUrl).replace(/\\/+$/, "") : $credentials.region === "eu" ? "https://api.eu.intercom.io" : $credentials.region === "au" ? "https://api.au.intercom.io" : "https://api.intercom.io" }}`,
			url: '/me',
			method: 'GET',
			headers: { Accept: 'application/json', 'Intercom-Version': '={{$credentials.apiVersion || "2.16"}}' },
		},
	};
}
