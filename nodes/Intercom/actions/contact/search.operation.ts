import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import {
	contactSearchFields,
	contactSortFields,
	searchFilterProperties,
	searchSortOptions,
} from '../../descriptions/filter.description';
import { MAX_CURSOR_PAGE_SIZE } from '../../helpers/constants';
import { booleanParameter, limitOf } from '../../helpers/input';
import { searchBodyFrom } from '../../helpers/searchParameters';
import { simplifyContacts } from '../../helpers/simplify';
import { intercomSearch } from '../../transport';

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
	return await intercomSearch.call(this, '/contacts/search', 'data', body, limitOf(this, i), MAX_CURSOR_PAGE_SIZE, simple ? simplifyContacts : undefined);
}
