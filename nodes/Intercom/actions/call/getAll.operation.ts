import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { CALL_PAGE_MAX } from '../../descriptions/call.description';
import { returnAllOrLimit } from '../../descriptions/common.description';
import { limitOf } from '../../helpers/input';
import { listByPageNumber } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit];

const displayOptions = { show: { resource: ['call'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The workspace's calls, in numbered pages of at most 25. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	return await listByPageNumber.call(this, {
		method: 'GET',
		path: '/calls',
		itemsKey: 'data',
		limit: limitOf(this, i),
		maxPageSize: CALL_PAGE_MAX,
	});
}
