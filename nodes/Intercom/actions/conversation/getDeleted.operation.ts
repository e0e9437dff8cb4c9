import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common.description';
import { limitOf, optionParameter } from '../../helpers/input';
import { listByPageNumber } from '../../transport';

/** Largest `per_page` of GET /conversations/deleted (the spec's maximum; its default is 20). */
const DELETED_PAGE_MAX = 60;

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	optionsCollection([
		{
			displayName: 'Order',
			name: 'order',
			type: 'options',
			options: [
				{ name: 'Newest First', value: 'desc', description: 'Most recently deleted first' },
				{ name: 'Oldest First', value: 'asc', description: 'Earliest deleted first' },
			],
			default: 'desc',
			description: 'The order of the IDs (Intercom’s default: newest first)',
		},
	]),
];

const displayOptions = { show: { resource: ['conversation'], operation: ['getDeleted'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * GET /conversations/deleted: one item per deleted conversation (`id`, `deleted_at`,
 * `metrics_retained`), in numbered pages of up to 60.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const order =
		options.order === undefined
			? undefined
			: optionParameter(this, i, 'options.order', 'Order', ['asc', 'desc'], 'desc');
	return await listByPageNumber.call(this, {
		method: 'GET',
		path: '/conversations/deleted',
		itemsKey: 'conversations',
		limit: limitOf(this, i),
		maxPageSize: DELETED_PAGE_MAX,
		query: order ? { order } : {},
	});
}
