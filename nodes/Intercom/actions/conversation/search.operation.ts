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
import { MAX_CURSOR_PAGE_SIZE } from '../../helpers/constants';
import { booleanParameter, limitOf } from '../../helpers/input';
import { searchBodyFrom } from '../../helpers/searchParameters';
import { simplifyConversations } from '../../helpers/simplify';
import { intercomSearch } from '../../transport';

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
	return await intercomSearch.call(
		this,
		'/conversations/search',
		'conversations',
		body,
		limitOf(this, i),
		MAX_CURSOR_PAGE_SIZE,
		simple ? simplifyConversations : undefined,
	);
}
