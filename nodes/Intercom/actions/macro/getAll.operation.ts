import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common.description';
import { macroVersionNotice } from '../../descriptions/news.description';
import { limitOf, optionalUnixSeconds } from '../../helpers/input';
import { listByQueryCursor } from '../../transport';

/** Largest `per_page` of GET /macros (the spec's maximum; its default is 50). */
const MACRO_PAGE_MAX = 150;

const properties: INodeProperties[] = [
	macroVersionNotice,
	...returnAllOrLimit,
	optionsCollection([
		{
			displayName: 'Updated Since',
			name: 'updatedSince',
			type: 'dateTime',
			default: '',
			description: 'Only macros updated after this moment. A date, or Unix seconds by expression.',
		},
	]),
];

const displayOptions = { show: { resource: ['macro'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /macros, most recently updated first, following Intercom's cursor. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const updatedSince = optionalUnixSeconds(
		'Updated Since',
		options.updatedSince,
		this.getTimezone(),
	);
	return await listByQueryCursor.call(this, {
		path: '/macros',
		itemsKey: 'data',
		limit: limitOf(this, i),
		maxPageSize: MACRO_PAGE_MAX,
		query: updatedSince === undefined ? {} : { updated_since: updatedSince },
	});
}
