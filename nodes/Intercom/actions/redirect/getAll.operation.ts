import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.description';
import { helpCenterRlc } from '../../descriptions/helpCenter.description';
import { HELP_CENTER_PAGE_MAX } from '../../helpers/helpCenter';
import { limitOf, requiredId } from '../../helpers/input';
import { apiPath, listByPageNumber } from '../../transport';

const properties: INodeProperties[] = [helpCenterRlc, ...returnAllOrLimit];

const displayOptions = { show: { resource: ['redirect'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** A help center's redirects, most recently updated first, by numbered pages of up to 250. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const helpCenterId = requiredId(this, i, 'helpCenterId', 'Help Center', { numeric: true });
	return await listByPageNumber.call(this, {
		method: 'GET',
		path: apiPath`/help_center/help_centers/${helpCenterId}/redirects`,
		itemsKey: 'data',
		limit: limitOf(this, i),
		maxPageSize: HELP_CENTER_PAGE_MAX,
	});
}
