import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.description';
import { limitOf } from '../../helpers/input';
import { listUnpaged } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit];

const displayOptions = { show: { resource: ['helpCenter'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The workspace's help centers; Intercom returns them all in one answer. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	return await listUnpaged.call(this, {
		path: '/help_center/help_centers',
		itemsKeys: ['data'],
		limit: limitOf(this, i),
	});
}
