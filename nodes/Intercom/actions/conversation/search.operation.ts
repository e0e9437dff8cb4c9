import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import {
	conversationFilterTexts,
	conversationSearchFields,
	conversationSortFields,
	searchFilterProperties,
	searchSortOptions,
} from '../../descriptions/filter.description';
import { booleanParameter, limitOf } from '../../helpers/input';
import { searchBodyFrom } from '../../helpers/searchParameters';
import { simplifyConversations } from '../../helpers/simplify';
import { listBySearchCursor } from '../../transport';

const properties: INodeProperties[] = [
	...searchFilterProperties(
		conversationSearchFields,
		JSON.stringify(
			{
				operator: 'AND',
				value: [
					{ field: 'open', operator: '=', value: true },
					{ field: 'admin_assignee_id', operator: '=', value: 0 },
				],
			},
			null,
			2,
		),
		conversationFilterTexts,
	),
	...returnAllOrLimit,
	simplify,
	searchSortOptions(conversationSortFields, 'updated_at'),
];

const displayOptions = { show: { resource: ['conversation'], operation: ['search'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const body = searchBodyFrom(this, i, conversationSearchFields);
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	return await listBySearchCursor.call(this, {
		path: '/conversations/search',
		itemsKey: 'conversations',
		body,
		limit: limitOf(this, i),
		mapPage: simple ? simplifyConversations : undefined,
	});
}
