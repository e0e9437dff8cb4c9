import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import {
	API_BASE_URL_EXPRESSION,
	CREDENTIAL_TEST_RULES,
	API_VERSION_EXPRESSION,
	apiVersionProperty,
	baseUrlProperty,
	regionProperty,
} from './intercom.common';

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
		regionProperty({ us: 'api.intercom.io', eu: 'api.eu.intercom.io', au: 'api.au.intercom.io' }),
		baseUrlProperty('The URL to send API requests to, instead of Intercom’s regional host'),
		apiVersionProperty,
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
				'Intercom-Version': API_VERSION_EXPRESSION,
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: API_BASE_URL_EXPRESSION,
			url: '/me',
			method: 'GET',
			headers: { Accept: 'application/json' },
		},
		rules: CREDENTIAL_TEST_RULES,
	};
}
