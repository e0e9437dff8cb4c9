import { SEARCH_MAX_FILTERS_PER_GROUP, SEARCH_MAX_NESTING } from './constants';
import { InputError } from './inputError';
import type { SearchFilter, SearchGroup, SearchQuery, SearchSort } from './interfaces';
import type { FieldKind, SearchOperator } from './searchFields';
import { CUSTOM_KINDS, OPERATORS_BY_KIND, SEARCH_OPERATORS } from './searchFields';
import type { Reader } from './values';
import { Refusal, asBoolean, asNumber, asOption, asText, asUnixSeconds } from './values';

/** The filter builder's operator values → Intercom's operators. */
export const OPERATOR_SYMBOLS: Record<string, SearchOperator> = {
	equals: '=',
	notEquals: '!=',
	in: 'IN',
	notIn: 'NIN',
	lt: '<',
	lte: '<=',
	gt: '>',
	gte: '>=',
	contains: '~',
	notContains: '!~',
	startsWith: '^',
	endsWith: '$',
};
const ARRAY_OPERATORS = new Set(['IN', 'NIN']);
/** The text operators (contains, starts with, ends with). */
const TEXT_OPERATORS = new Set(['~', '!~', '^', '$']);

/** How a field's kind is named in errors. */
const KIND_NAMES: Record<FieldKind, string> = {
	string: 'text',
	date: 'date',
	timestamp: 'date and time',
	boolean: 'true/false',
	integer: 'number',
	tag: 'tag',
};

/** Why `operator` does not fit a field of `kind` (OPERATORS_BY_KIND says it does not). */
function operatorRefusal(operator: string, kind: FieldKind, field: string): string {
	if (TEXT_OPERATORS.has(operator)) {
		return `"${operator}" compares text, and ${field} is a ${KIND_NAMES[kind]} field: use =, != or another operator for its type`;
	}
	switch (kind) {
		case 'date':
			return `Intercom does not support "${operator}" on the date field ${field}; use =, < or >`;
		case 'tag':
			return `${field} only supports = and !=`;
		case 'boolean':
			return `${field} is true or false: use = or !=`;
		default:
			return `"${operator}" compares numbers and times, and ${field} is a text field: use =, !=, contains, starts with or ends with`;
	}
}

export interface FilterCondition {
	field: string;
	/** The attribute name when `field` is `custom_attribute`. */
	customField?: unknown;
	/** How to read the custom attribute's value: 'string' | 'integer' | 'date' | 'boolean'. */
	customType?: unknown;
	/** A filter-builder operator value (`equals`, `gt`…) or Intercom's symbol. */
	operator: unknown;
	value?: unknown;
}

/** Runs a reader of ./values; its refusal becomes an InputError for `label`. */
function read<T>(label: string, value: unknown, reader: Reader<T>): T {
	const result = reader(value);
	if (result instanceof Refusal) throw new InputError(label, result.message);
	return result;
}

function scalar(
	value: unknown,
	kind: FieldKind,
	label: string,
	timeZone: string,
): string | number | boolean {
	switch (kind) {
		case 'date':
		case 'timestamp':
			return read(label, value, (v) => asUnixSeconds(v, timeZone));
		case 'boolean':
			return read(label, value, asBoolean);
		case 'integer':
			return read(label, value, (v) => asNumber(v));
		default:
			return value === undefined ? '' : read(label, value, asText);
	}
}

/**
 * Builds Intercom's query from the filter builder's conditions: one filter alone, or an AND/OR
 * group. Values are typed per field (dates become Unix seconds) and Intercom's operator rules and
 * limits are checked first.
 */
export function buildSearchQuery(
	conditions: FilterCondition[],
	combinator: 'AND' | 'OR',
	kindOf: (field: string) => FieldKind,
	/** The workflow's timezone, for dates given without one. */
	timeZone = 'UTC',
	/** Where custom fields live: `custom_attributes` (contacts, conversations), `ticket_attribute` (tickets). */
	customPrefix = 'custom_attributes',
): SearchQuery {
	if (!conditions.length) {
		throw new InputError('Filters', 'add at least one condition, or use a JSON query');
	}
	if (conditions.length > SEARCH_MAX_FILTERS_PER_GROUP) {
		throw new InputError(
			'Filters',
			`has ${conditions.length} conditions; Intercom allows at most ${SEARCH_MAX_FILTERS_PER_GROUP} in one AND/OR group`,
		);
	}
	const filters = conditions.map((condition, index): SearchFilter => {
		const label = `Filters › condition ${index + 1}`;
		let field =
			condition.field === undefined ? '' : read(`${label} › Field`, condition.field, asText).trim();
		let kind: FieldKind;
		if (field === 'custom_attribute') {
			const name =
				condition.customField === undefined
					? ''
					: read(`${label} › Field Name`, condition.customField, asText).trim();
			const bare = name.startsWith(`${customPrefix}.`) ? name.slice(customPrefix.length + 1) : name;
			if (!bare) throw new InputError(label, 'the custom attribute name is empty');
			field = `${customPrefix}.${bare}`;
			kind =
				condition.customType === undefined
					? 'string'
					: read(`${label} › Field Type`, condition.customType, (v) => asOption(v, CUSTOM_KINDS));
		} else {
			kind = kindOf(field);
		}
		if (!field) throw new InputError(label, 'no field is chosen');
		const given = read(`${label} › Operator`, condition.operator, (v) => asText(v, 'an operator'));
		const operator = Object.hasOwn(OPERATOR_SYMBOLS, given) ? OPERATOR_SYMBOLS[given] : given;
		if (!(SEARCH_OPERATORS as readonly string[]).includes(operator)) {
			throw new InputError(label, `operator "${given}" is not one Intercom knows`);
		}
		if (!OPERATORS_BY_KIND[kind].includes(operator as SearchOperator)) {
			throw new InputError(label, operatorRefusal(operator, kind, field));
		}
		if (ARRAY_OPERATORS.has(operator)) {
			const parts = Array.isArray(condition.value)
				? condition.value
				: (condition.value === undefined
						? ''
						: read(label, condition.value, (v) => asText(v, 'values separated by commas'))
					)
						.split(',')
						.map((part) => part.trim())
						.filter((part) => part !== '');
			if (!parts.length)
				throw new InputError(label, `${operator} needs a comma-separated list of values`);
			return {
				field,
				operator,
				value: parts.map((part) => scalar(part, kind, label, timeZone) as string | number),
			};
		}
		return { field, operator, value: scalar(condition.value, kind, label, timeZone) };
	});
	return filters.length === 1 ? filters[0] : { operator: combinator, value: filters };
}

function isGroup(node: SearchQuery): node is SearchGroup {
	return (node as SearchGroup).operator === 'AND' || (node as SearchGroup).operator === 'OR';
}

/**
 * Checks a query given as JSON: its shape (filters and AND/OR groups) and Intercom's limits of
 * 2 nesting levels and 15 filters per group. Returns the query and an optional sort from
 * `{ "query": …, "sort": … }`.
 */
export function checkJsonQuery(
	input: unknown,
	label = 'JSON Query',
): { query: SearchQuery; sort?: SearchSort } {
	let query = input as SearchQuery;
	let sort: SearchSort | undefined;
	if (input && typeof input === 'object' && !Array.isArray(input) && 'query' in input) {
		const body = input as { query: SearchQuery; sort?: SearchSort };
		query = body.query;
		sort = body.sort;
	}
	const visit = (node: unknown, path: string, depth: number): void => {
		if (!node || typeof node !== 'object' || Array.isArray(node)) {
			throw new InputError(
				label,
				`${path} must be a filter {field, operator, value} or a group {operator: "AND"|"OR", value: [...]}`,
			);
		}
		const candidate = node as SearchQuery;
		if (isGroup(candidate)) {
			if (depth + 1 > SEARCH_MAX_NESTING) {
				throw new InputError(
					label,
					`${path} nests groups ${depth + 1} levels deep; Intercom allows ${SEARCH_MAX_NESTING}`,
				);
			}
			if (!Array.isArray(candidate.value) || !candidate.value.length) {
				throw new InputError(label, `${path}.value must be a non-empty array`);
			}
			if (candidate.value.length > SEARCH_MAX_FILTERS_PER_GROUP) {
				throw new InputError(
					label,
					`${path} has ${candidate.value.length} entries; Intercom allows at most ${SEARCH_MAX_FILTERS_PER_GROUP} per AND/OR group`,
				);
			}
			candidate.value.forEach((child, index) => visit(child, `${path}.value[${index}]`, depth + 1));
			return;
		}
		const filter = candidate as SearchFilter;
		if (typeof filter.field !== 'string' || !filter.field) {
			throw new InputError(label, `${path}.field must be a non-empty string`);
		}
		if (!(SEARCH_OPERATORS as readonly string[]).includes(filter.operator)) {
			throw new InputError(
				label,
				`${path}.operator "${String(filter.operator)}" is not one Intercom knows`,
			);
		}
		if (!('value' in filter)) throw new InputError(label, `${path}.value is missing`);
		if (ARRAY_OPERATORS.has(filter.operator) && !Array.isArray(filter.value)) {
			throw new InputError(label, `${path}.value must be an array for ${filter.operator}`);
		}
	};
	visit(query, 'query', 0);
	if (sort !== undefined) {
		if (
			!sort ||
			typeof sort.field !== 'string' ||
			!['ascending', 'descending'].includes(sort.order)
		) {
			throw new InputError(
				label,
				'sort must be {"field": "…", "order": "ascending" | "descending"}',
			);
		}
	}
	return { query, sort };
}
