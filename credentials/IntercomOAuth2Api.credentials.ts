import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import {
	API_BASE_URL_EXPRESSION,
	CREDENTIAL_TEST_RULES,
	API_VERSION_EXPRESSION,
	apiVersionProperty,
	baseUrlProperty,
	customBaseUrlExpression,
	regionHostExpression,
	regionProperty,
	REGION_API_HOSTS,
	REGION_APP_HOSTS,
} from './intercom.common';

/** The region's host for the app pages (authorize) and for the API (token). */
const APP_HOST = regionHostExpression('$self.region', REGION_APP_HOSTS);
const API_HOST = regionHostExpression('$self.region', REGION_API_HOSTS);
const CUSTOM_BASE = customBaseUrlExpression('$self.baseUrl');

export class IntercomOAuth2Api implements ICredentialType {
	name = 'intercomOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Intercom OAuth2 API';

	icon = { light: 'file:../icons/intercom.svg', dark: 'file:../icons/intercom.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-intercom/n8n-nodes-intercom#oauth2';

	properties: INodeProperties[] = [
		regionProperty({
			us: 'app.intercom.com / api.intercom.io',
			eu: 'app.eu.intercom.com / api.eu.intercom.io',
			au: 'app.au.intercom.com / api.au.intercom.io',
		}),
		baseUrlProperty(
			'The URL to send API requests to. Authorization goes to {Base URL}/oauth and the token exchange to {Base URL}/auth/eagle/token.',
		),
		apiVersionProperty,
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
			baseURL: API_BASE_URL_EXPRESSION,
			url: '/me',
			method: 'GET',
			headers: { Accept: 'application/json', 'Intercom-Version': API_VERSION_EXPRESSION },
		},
		rules: CREDENTIAL_TEST_RULES,
	};
}
