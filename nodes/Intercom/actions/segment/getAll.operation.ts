import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common.description';
import { limitOf, optionalBoolean } from '../../helpers/input';
import { listUnpaged } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	optionsCollection([
		{
			displayName: 'Include Counts',
			name: 'includeCount',
			type: 'boolean',
			default: false,
			description: 'Whether to include the number of contacts or companies in each segment (count)',
		},
	]),
];

const displayOptions = { show: { resource: ['segment'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The workspace's segments; Intercom returns them all in one answer. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	return await listUnpaged.call(this, {
		path: '/segments',
		itemsKeys: ['segments'],
		limit: limitOf(this, i),
		query: optionalBoolean('Include Counts', options.includeCount)
			? { include_count: true }
			: undefined,
	});
}
