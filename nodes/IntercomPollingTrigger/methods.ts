import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { getAdmins, getTeams, getTicketTypes } from '../Intercom/methods/loadOptions';
import { intercomApiRequest } from '../Intercom/transport';

/** The workspace's tags, by name (GET /tags answers them all at once). */
async function getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = await intercomApiRequest.call(this, 'GET', '/tags');
	const tags = (response.data as IDataObject[] | undefined) ?? [];
	return tags
		.map((tag) => ({ name: String(tag.name ?? tag.id), value: String(tag.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The Filters' dropdowns. */
export const loadOptions = { getAdmins, getTags, getTeams, getTicketTypes };
