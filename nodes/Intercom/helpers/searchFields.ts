/**
 * How a search field's value is typed: `date` matches by calendar day (contacts: no !=, <=, >=,
 * IN, NIN), `timestamp` is a Unix time compared as a number (conversations, tickets).
 */
export type FieldKind = 'string' | 'date' | 'timestamp' | 'boolean' | 'integer' | 'tag';

/** A field the search filter builder offers: its label, Intercom's field name and its kind. */
export interface SearchFieldDef {
	name: string;
	value: string;
	kind: FieldKind;
}

/** Intercom's search operators. */
export const SEARCH_OPERATORS = [
	'=',
	'!=',
	'IN',
	'NIN',
	'<',
	'<=',
	'>',
	'>=',
	'~',
	'!~',
	'^',
	'$',
] as const;

export type SearchOperator = (typeof SEARCH_OPERATORS)[number];

/**
 * The operators each kind of field takes (Intercom's search rules): text operators on text only,
 * comparisons on numbers and times, calendar-day dates =, < and >, true/false and tags = and !=.
 * The filter builder offers these and `helpers/search.ts` refuses the others.
 */
export const OPERATORS_BY_KIND: Record<FieldKind, readonly SearchOperator[]> = {
	string: ['=', '!=', 'IN', 'NIN', '~', '!~', '^', '$'],
	integer: ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>='],
	timestamp: ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>='],
	date: ['=', '<', '>'],
	boolean: ['=', '!='],
	tag: ['=', '!='],
};

/** The types a custom attribute's Field Type offers. */
export const CUSTOM_KINDS = [
	'boolean',
	'date',
	'integer',
	'string',
] as const satisfies readonly FieldKind[];
