/**
 * The Help Center's rules, for the rows of resources.ts: help centers (built in, read only),
 * collections and redirects.
 */
import type { Json, Store } from './store';
import { WORKSPACE_ID } from './store';

export const HELP_CENTERS_PATH = '/help_center/help_centers';
export const COLLECTIONS_PATH = '/help_center/collections';

/** The workspace's help centers: Intercom has no API to make them, so two are built in. */
function builtInHelpCenters(): Json[] {
	const helpCenter = (
		id: string,
		identifier: string,
		display_name: string,
		isDefault: boolean,
	) => ({
		id,
		workspace_id: WORKSPACE_ID,
		created_at: 1700000000,
		updated_at: 1700000000,
		identifier,
		website_turned_on: true,
		display_name,
		url: `https://help.sandbox.example/${identifier}`,
		custom_domain: null,
		default: isDefault,
		locales: isDefault ? ['en', 'fr'] : ['en'],
	});
	return [
		helpCenter('81', 'sandbox', 'Sandbox Help Center', true),
		helpCenter('82', 'partners', 'Partner Help Center', false),
	];
}

/**
 * The help centers, in the Store's generic table of their path: filled with the built-in ones
 * whenever it is empty (after a reset), since no route adds or removes any.
 */
export function helpCenters(store: Store): Map<string, Json> {
	const table = store.table(HELP_CENTERS_PATH);
	if (table.size === 0) for (const h of builtInHelpCenters()) table.set(String(h.id), h);
	return table;
}
