import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { CUSTOM_OBJECT_PAGE_MAX, isCustomObjectType } from '../helpers/customObject';
import type { ListResponse } from '../helpers/interfaces';
import { apiPath, intercomApiRequest } from '../transport';

/** Pages one picker call may scan for a filter (Intercom cannot search instances). */
const SCAN_PAGES = 4;

function instanceItem(instance: IDataObject): INodeListSearchItems {
	const id = String(instance.id);
	const externalId = instance.external_id ? String(instance.external_id) : '';
	return { name: externalId ? `${externalId} (ID ${id})` : `Instance ${id}`, value: id };
}

/**
 * Instances of the type typed in the node's Custom Object Type field, by External ID, most
 * recent first (Intercom's order); filtered here by External ID or ID. Nothing to list until a
 * type is given.
 */
export async function searchCustomObjectInstances(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const type = String(this.getCurrentNodeParameter('customObjectType') ?? '').trim();
	if (!isCustomObjectType(type)) return { results: [] };
	const text = filter?.trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	let nextPage = Number(paginationToken ?? 1) || 1;
	let more = true;
	for (let scanned = 0; scanned < (text ? SCAN_PAGES : 1) && more; scanned++) {
		const page = nextPage++;
		const response = await (intercomApiRequest<ListResponse>).call(
			this,
			'GET',
			apiPath`/custom_object_instances/${type}`,
			undefined,
			{ page, per_page: CUSTOM_OBJECT_PAGE_MAX },
		);
		const items = (response.data as IDataObject[] | undefined) ?? [];
		for (const instance of items) {
			const { name, value } = instanceItem(instance);
			if (text && !name.toLowerCase().includes(text)) continue;
			results.push({ name, value });
		}
		const totalPages = response.pages?.total_pages;
		more =
			items.length >= CUSTOM_OBJECT_PAGE_MAX &&
			(totalPages === undefined || totalPages === null || page < Number(totalPages));
		if (results.length >= CUSTOM_OBJECT_PAGE_MAX) break;
	}
	return { results, paginationToken: more ? String(nextPage) : undefined };
}
