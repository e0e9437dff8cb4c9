import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { ListResponse } from '../helpers/interfaces';
import { intercomApiRequest } from '../transport';

/**
 * Brands for the picker: Intercom returns them all at once (`GET /brands`); the default brand
 * first, then by name, filtered here by name or ID.
 */
export async function searchBrands(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const response = await (intercomApiRequest<ListResponse>).call(this, 'GET', '/brands');
	const text = filter?.trim().toLowerCase();
	const results = ((response.data as IDataObject[] | undefined) ?? [])
		.filter(
			(brand) =>
				!text ||
				String(brand.name ?? '')
					.toLowerCase()
					.includes(text) ||
				String(brand.id ?? '').toLowerCase() === text,
		)
		.sort(
			(a, b) =>
				Number(b.is_default === true) - Number(a.is_default === true) ||
				String(a.name ?? '').localeCompare(String(b.name ?? '')),
		)
		.map((brand) => ({
			name: `${String(brand.name || `Brand ${String(brand.id)}`)}${brand.is_default === true ? ' (default)' : ''}`,
			value: String(brand.id),
		}));
	return { results };
}
