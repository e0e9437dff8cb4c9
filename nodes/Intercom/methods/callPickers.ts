import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { CALL_PAGE_MAX } from '../descriptions/call.description';
import type { ListResponse } from '../helpers/interfaces';
import { intercomApiRequest } from '../transport';

/** "Inbound phone call · 2026-11-20 08:00 UTC" */
function callLabel(call: IDataObject): string {
	const direction = String(call.direction ?? '');
	const kind = String(call.call_type ?? 'call');
	const when = Number(call.initiated_at ?? call.created_at);
	const date =
		Number.isFinite(when) && when > 0
			? ` · ${new Date(when * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`
			: '';
	const text = `${direction ? `${direction[0].toUpperCase()}${direction.slice(1)} ` : ''}${kind} call ${String(call.id)}${date}`;
	return text;
}

/**
 * Calls for the picker, most recent first, one numbered page of 25 a call; a filter keeps the
 * page's calls whose label, phone or ID contain it (Intercom has no call search by text).
 */
export async function searchCalls(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Math.max(1, Number(paginationToken ?? 1) || 1);
	const response = await (intercomApiRequest<ListResponse>).call(this, 'GET', '/calls', undefined, {
		page,
		per_page: CALL_PAGE_MAX,
	});
	const calls = Array.isArray(response.data) ? (response.data as IDataObject[]) : [];
	const text = filter?.trim().toLowerCase();
	const results = calls
		.map((call) => ({ call, name: callLabel(call) }))
		.filter(
			({ call, name }) =>
				!text ||
				name.toLowerCase().includes(text) ||
				String(call.phone ?? '').includes(text) ||
				String(call.id) === text,
		)
		.map(({ call, name }) => ({ name, value: String(call.id) }));
	const totalPages = Number(response.pages?.total_pages);
	return {
		results,
		paginationToken:
			Number.isFinite(totalPages) && page < totalPages ? String(page + 1) : undefined,
	};
}
