import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { optionParameter, optionalText, optionalValue, parseJsonObject } from './input';
import { InputError } from './inputError';
import type { SearchQuery, SearchSort } from './interfaces';
import type { FilterCondition } from './search';
import { buildSearchQuery, checkJsonQuery } from './search';
import type { FieldKind, SearchFieldDef } from './searchFields';
import { asOption } from './values';

const SORT_ORDERS: ReadonlyArray<SearchSort['order']> = ['ascending', 'descending'];

/**
 * The search body (`query`, optional `sort`) of item `i` from the filter builder or the JSON
 * query, checked against Intercom's rules before anything is sent.
 */
export function searchBodyFrom(
	ctx: IExecuteFunctions,
	i: number,
	fields: SearchFieldDef[],
	settings: { customPrefix?: string; sortable?: boolean } = {},
): IDataObject {
	const kinds = new Map(fields.map((f) => [f.value, f.kind]));
	const kindOf = (field: string): FieldKind => kinds.get(field) ?? 'string';
	const queryType = ctx.getNodeParameter('queryType', i, 'filters') as string;
	let query: SearchQuery;
	let sort: SearchSort | undefined;
	if (queryType === 'json') {
		const raw = ctx.getNodeParameter('jsonQuery', i, '') as unknown;
		const checked = checkJsonQuery(parseJsonObject('JSON Query', raw));
		query = checked.query;
		sort = checked.sort;
	} else {
		const conditions =
			(ctx.getNodeParameter('filters.conditions', i, []) as FilterCondition[]) ?? [];
		const combinator = optionParameter(ctx, i, 'combinator', 'Match', ['AND', 'OR'], 'AND');
		query = buildSearchQuery(
			conditions,
			combinator,
			kindOf,
			ctx.getTimezone(),
			settings.customPrefix,
		);
	}
	if (settings.sortable === false) {
		if (sort)
			throw new InputError('JSON Query', 'Intercom does not sort this search; remove "sort"');
	} else {
		const options = ctx.getNodeParameter('options', i, {}) as IDataObject;
		const sortField = optionalText('Sort By', options.sortField);
		const sortOrder = optionalValue('Sort Order', options.sortOrder, (v) =>
			asOption(v, SORT_ORDERS),
		);
		if (sortField || sortOrder) {
			sort = { field: sortField ?? 'created_at', order: sortOrder ?? 'descending' };
		}
	}
	const body: IDataObject = { query: query as unknown as IDataObject };
	if (sort) body.sort = sort as unknown as IDataObject;
	return body;
}
