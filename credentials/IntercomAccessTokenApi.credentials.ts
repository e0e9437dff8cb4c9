import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/** Region → API base URL as an expression (kept in step with nodes/Intercom/helpers/constants.ts). */
const BASE_URL =
	'={{ $credentials.region === "custom" ? String($credentials.baseUrl).replace(/\\/+$/, "") : $credentials.region === "eu" ? "https://api.eu.intercom.io" : $credentials.region === "au" ? "https://api.au.intercom.io" : "https://api.intercom.io" }}';

export class IntercomAccessTokenApi implements ICredentialType {
	name = 'intercomAccessTokenApi';

	displayName = 'Intercom Access Token API';

	icon = { light: 'file:../icons/intercom.svg', dark: 'file:../icons/intercom.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-intercom/n8n-nodes-intercom#access-token';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The access token of your Intercom app: Developer Hub → your app → Configure → Authentication',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'United States', value: 'us', description: 'api.intercom.io' },
				{ name: 'Europe', value: 'eu', description: 'api.eu.intercom.io' },
				{ name: 'Australia', value: 'au', description: 'api.au.intercom.io' },
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
			description: 'The URL to send API requests to, instead of Intercom’s regional host',
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
			description:
				'Sent as the Intercom-Version header on every request, so changes to the app’s default version in the Developer Hub do not change how the node behaves',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. The app’s client secret (Developer Hub → your app → Configure → Basic information), used by the Intercom Trigger to verify webhook signatures.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
				'Intercom-Version': '={{$credentials.apiVersion || "2.16"}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL,
			url: '/me',
			method: 'GET',
			headers: { Accept: 'application/json' },
		},
	};
}
