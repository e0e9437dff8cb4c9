import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import {
	CUSTOM_BASE_URL_PATTERN,
	DEFAULT_API_VERSION,
	regionApiHost,
} from '../../../credentials/intercom.common';

/** The API base URL for a credential: its region's host, or the Custom base URL. */
export function resolveBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const region = (credentials.region as string | undefined) ?? 'us';
	if (region === 'custom') {
		const custom = String(credentials.baseUrl ?? '').trim();
		// The value itself is not repeated: it may hold user info.
		if (!CUSTOM_BASE_URL_PATTERN.test(custom)) {
			throw new Error(
				'The credential uses the Custom region but its Base URL is not valid: give an absolute http(s) URL such as https://intercom-proxy.example.com/intercom, without user name or password, query (?…), fragment (#…), percent-encoding or . / .. segments',
			);
		}
		return custom.replace(/\/+$/, '');
	}
	const url = regionApiHost(region);
	if (!url) throw new Error(`The credential's region "${region}" is not known`);
	return url;
}

export function resolveApiVersion(credentials: ICredentialDataDecryptedObject): string {
	const version = String(credentials.apiVersion ?? '').trim();
	return version || DEFAULT_API_VERSION;
}

/** Every secret a credential holds, longest first, so errors can be scrubbed of them. */
export function secretsOf(credentials: ICredentialDataDecryptedObject): string[] {
	const secrets: string[] = [];
	for (const key of ['accessToken', 'clientSecret', 'clientId']) {
		const value = credentials[key];
		if (typeof value === 'string' && value.length >= 4) secrets.push(value);
	}
	const tokenData = credentials.oauthTokenData as { access_token?: unknown } | undefined;
	if (
		tokenData &&
		typeof tokenData.access_token === 'string' &&
		tokenData.access_token.length >= 4
	) {
		secrets.push(tokenData.access_token);
	}
	return secrets.sort((a, b) => b.length - a.length);
}

export function redact(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) out = out.split(secret).join('***');
	return out;
}
