import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import {
	contactSearchFields,
	contactSortFields,
	searchFilterProperties,
	searchSortOptions,
} from '../../descriptions/filter.description';
import { booleanParameter, limitOf } from '../../helpers/input';
import { searchBodyFrom } from '../../helpers/searchParameters';
import { simplifyContacts } from '../../helpers/simplify';
import { listBySearchCursor } from '../../transport';

const properties: INodeProperties[] = [
	...searchFilterProperties(
		contactSearchFields,
		JSON.stringify(
			{
				operator: 'AND',
				value: [
					{ field: 'role', operator: '=', value: 'user' },
					{ field: 'email', operator: '$', value: '@example.com' },
				],
			},
			null,
			2,
		),
	),
	...returnAllOrLimit,
	simplify,
	searchSortOptions(contactSortFields, 'created_at'),
];

const displayOptions = { show: { resource: ['contact'], operation: ['search'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const body = searchBodyFrom(this, i, contactSearchFields);
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	return await listBySearchCursor.call(this, {
		path: '/contacts/search',
		itemsKey: 'data',
		body,
		limit: limitOf(this, i),
		mapPage: simple ? simplifyContacts : undefined,
	});
}
