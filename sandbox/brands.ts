/**
 * Brands: built in, read only (the API cannot create, change or delete them). The default brand's
 * id is the workspace's; each brand names its help center (one of the built-in help centers in helpCenter.ts)
 * and its default email settings. The routes are a row in resources.ts that uses these.
 */
import type { Json, Store } from './store';
import { WORKSPACE_ID } from './store';

const BRANDS_PATH = '/brands';

/** The workspace's brands, made on first use after a reset; the default brand first. */
export function brandsOf(store: Store): Map<string, Json> {
	const table = store.table(BRANDS_PATH);
	if (!table.size) {
		for (const brand of [
			{
				type: 'brand',
				id: WORKSPACE_ID,
				name: 'Intercom Sandbox',
				is_default: true,
				created_at: 1_673_778_600,
				updated_at: 1_711_031_100,
				help_center_id: '81',
				default_address_settings_id: '13',
			},
			{
				type: 'brand',
				id: '3',
				name: 'Premium Brand',
				is_default: false,
				created_at: 1_686_387_300,
				updated_at: 1_709_229_600,
				help_center_id: '82',
				default_address_settings_id: '15',
			},
		]) {
			table.set(brand.id, brand);
		}
	}
	return table;
}
