import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.description';
import { HELP_CENTER_PAGE_MAX } from '../../helpers/helpCenter';
import { limitOf } from '../../helpers/input';
import { listByPageNumber } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit];

const displayOptions = { show: { resource: ['collection'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Every help center's collections, most recently updated first, by numbered pages. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	return await listByPageNumber.call(this, {
		method: 'GET',
		path: '/help_center/collections',
		itemsKey: 'data',
		limit: limitOf(this, i),
		maxPageSize: HELP_CENTER_PAGE_MAX,
	});
}
