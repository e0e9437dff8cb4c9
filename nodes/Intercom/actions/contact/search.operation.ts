import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import {
	contactSearchFields,
	contactSortFields,
	searchFilterProperties,
} from '../../descriptions/filter.description';
import { inputError, limitOf, parseJsonObject } from '../../helpers/input';
import type { SearchQuery, SearchSort } from '../../helpers/interfaces';
import type { FieldKind, FilterCondition } from '../../helpers/search';
import { SearchQueryError, buildSearchQuery, checkJsonQuery } from '../../helpers/search';
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
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Sort By',
				name: 'sortField',
				type: 'options',
				options: contactSortFields,
				default: 'created_at',
				description: 'Field to sort the results by',
			},
			{
				displayName: 'Sort Order',
				name: 'sortOrder',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 'ascending' },
					{ name: 'Descending', value: 'descending' },
				],
				default: 'descending',
			},
		],
	},
];

const displayOptions = { show: { resource: ['contact'], operation: ['search'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const fieldKinds = new Map(contactSearchFields.map((f) => [f.value, f.kind]));
const kindOf = (field: string): FieldKind => fieldKinds.get(field) ?? 'string';

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const queryType = this.getNodeParameter('queryType', i, 'filters') as string;
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	let query: SearchQuery;
	let sort: SearchSort | undefined;
	try {
		if (queryType === 'json') {
			const raw = this.getNodeParameter('jsonQuery', i, '') as unknown;
			const checked = checkJsonQuery(parseJsonObject(this, i, 'JSON Query', raw));
			query = checked.query;
			sort = checked.sort;
		} else {
			const conditions = (this.getNodeParameter('filters.conditions', i, []) as FilterCondition[]) ?? [];
			const combinator = this.getNodeParameter('combinator', i, 'AND') as 'AND' | 'OR';
			query = buildSearchQuery(conditions, combinator, kindOf, this.getTimezone());
		}
	} catch (error) {
		if (error instanceof SearchQueryError) throw inputError(this, i, error.field, error.message);
		throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
	}
	if (options.sortField || options.sortOrder) {
		sort = {
			field: (options.sortField as string) ?? 'created_at',
			order: ((options.sortOrder as string) ?? 'descending') as SearchSort['order'],
		};
	}
	const body: IDataObject = { query: query as unknown as IDataObject };
	if (sort) body.sort = sort as unknown as IDataObject;
	const contacts = await intercomSearch.call(this, '/contacts/search', 'data', body, limitOf(this, i));
	return this.getNodeParameter('simple', i, true) ? simplifyContacts(contacts) : contacts;
}
