import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common.description';
import { contactLocator } from '../../descriptions/rlc.description';
import { limitOf, optionParameter, requiredId } from '../../helpers/input';
import { apiPath, listByNextCursor } from '../../transport';

/** Largest `per_page` of GET /contacts/{id}/merge_history (the spec's maximum; its default is 50). */
const MERGE_HISTORY_PAGE_MAX = 150;

const properties: INodeProperties[] = [
	contactLocator('contactId', 'Contact', 'The user whose merged contacts to list (not a lead)'),
	...returnAllOrLimit,
	optionsCollection([
		{
			displayName: 'Order',
			name: 'order',
			type: 'options',
			options: [
				{ name: 'Newest First', value: 'desc', description: 'Most recent merges first' },
				{ name: 'Oldest First', value: 'asc', description: 'Earliest merges first' },
			],
			default: 'desc',
			description: 'The order of the merges (Intercom’s default: newest first)',
		},
	]),
];

const displayOptions = { show: { resource: ['contact'], operation: ['getMergeHistory'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * GET /contacts/{id}/merge_history: one item per contact merged into this user
 * (`source_contact_id`, `source_contact_role`, `merged_at`), following Intercom's `next_cursor`.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const order =
		options.order === undefined
			? undefined
			: optionParameter(this, i, 'options.order', 'Order', ['asc', 'desc'], 'desc');
	return await listByNextCursor.call(this, {
		path: apiPath`/contacts/${contactId}/merge_history`,
		itemsKey: 'data',
		limit: limitOf(this, i),
		maxPageSize: MERGE_HISTORY_PAGE_MAX,
		query: order ? { order } : {},
	});
}
