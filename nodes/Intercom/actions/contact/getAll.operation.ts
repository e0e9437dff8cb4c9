import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import { booleanParameter, limitOf } from '../../helpers/input';
import { simplifyContacts } from '../../helpers/simplify';
import { listByQueryCursor } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit, simplify];

const displayOptions = { show: { resource: ['contact'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	// Simplified page by page, so Return All never holds every raw contact at once.
	return await listByQueryCursor.call(this, {
		path: '/contacts',
		itemsKey: 'data',
		limit: limitOf(this, i),
		mapPage: simple ? simplifyContacts : undefined,
	});
}
