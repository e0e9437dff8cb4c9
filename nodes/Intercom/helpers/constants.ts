export type AuthenticationMethod = 'accessToken' | 'oAuth2';

/** The credential type the node's Authentication option selects. */
export function credentialTypeFor(authentication: AuthenticationMethod | undefined): string {
	return authentication === 'oAuth2' ? 'intercomOAuth2Api' : 'intercomAccessTokenApi';
}

/** API hosts per data region (developers.intercom.com, "Regional hosting"). */
export const REGION_BASE_URLS: Record<string, string> = {
	us: 'https://api.intercom.io',
	eu: 'https://api.eu.intercom.io',
	au: 'https://api.au.intercom.io',
};

export const DEFAULT_API_VERSION = '2.16';

/** Largest `per_page` Intercom accepts for cursor lists and searches. */
export const MAX_CURSOR_PAGE_SIZE = 150;

/** Largest `per_page` used for page-numbered lists (Intercom states none; n8n core uses 60). */
export const MAX_NUMBERED_PAGE_SIZE = 60;

/** Intercom's search limits: filters per AND/OR group and nesting depth. */
export const SEARCH_MAX_FILTERS_PER_GROUP = 15;
export const SEARCH_MAX_NESTING = 2;
