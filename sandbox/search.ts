/**
 * Intercom's search query DSL, evaluated over records: filters `{ field, operator, value }` and
 * groups `{ operator: 'AND' | 'OR', value: [...] }`, at most 2 levels deep and 15 filters a group.
 * Dates compare as Unix seconds (Intercom compares calendar days; the sandbox is exact).
 */
import { invalid } from './errors';
import type { Json } from './store';

type Query = { field?: string; operator?: string; value?: unknown };

const MAX_PER_GROUP = 15;
const MAX_DEPTH = 2;

/** Reads `a.b.c` from a record; `lookup` may answer special fields (e.g. `tag_id`) first. */
export type FieldReader = (record: Json, field: string) => unknown;

export const readPath: FieldReader = (record, field) => {
	let value: unknown = record;
	for (const part of field.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Json)[part];
	}
	return value;
};

function same(a: unknown, b: unknown): boolean {
	if (a === null || a === undefined) return b === null || b === undefined;
	if (typeof a === 'boolean' || typeof b === 'boolean') return String(a) === String(b);
	return String(a).toLowerCase() === String(b).toLowerCase();
}

function compare(a: unknown, b: unknown): number | undefined {
	const x = Number(a);
	const y = Number(b);
	if (a === null || a === undefined || Number.isNaN(x) || Number.isNaN(y)) return undefined;
	return x - y;
}

function matchFilter(record: Json, filter: Query, read: FieldReader): boolean {
	const raw = read(record, String(filter.field));
	const values = Array.isArray(raw) ? raw : [raw];
	const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).toLowerCase());
	const needle = text(filter.value);
	const any = (test: (v: unknown) => boolean) => values.some(test);
	const ordered = (test: (n: number) => boolean) =>
		any((v) => {
			const n = compare(v, filter.value);
			return n !== undefined && test(n);
		});
	switch (filter.operator) {
		case '=':
			return any((v) => same(v, filter.value));
		case '!=':
			return !any((v) => same(v, filter.value));
		case 'IN':
		case 'NIN': {
			if (!Array.isArray(filter.value))
				throw invalid(`${filter.operator} needs an array value`, 'query');
			const hit = any((v) => (filter.value as unknown[]).some((w) => same(v, w)));
			return filter.operator === 'IN' ? hit : !hit;
		}
		case '<':
			return ordered((n) => n < 0);
		case '<=':
			return ordered((n) => n <= 0);
		case '>':
			return ordered((n) => n > 0);
		case '>=':
			return ordered((n) => n >= 0);
		case '~':
			return any((v) => text(v).includes(needle));
		case '!~':
			return !any((v) => text(v).includes(needle));
		case '^':
			return any((v) => text(v).startsWith(needle));
		case '$':
			return any((v) => text(v).endsWith(needle));
		default:
			throw invalid(`Unsupported operator ${JSON.stringify(filter.operator)}`, 'query');
	}
}

/** Checks the query's shape and limits; throws Intercom-style 400s. */
export function checkQuery(query: unknown, depth = 1): void {
	if (!query || typeof query !== 'object') throw invalid('query must be an object', 'query');
	const q = query as Query;
	if (q.operator === 'AND' || q.operator === 'OR') {
		if (depth > MAX_DEPTH + 1)
			throw invalid('Search queries can be nested at most 2 levels', 'query');
		if (!Array.isArray(q.value) || q.value.length === 0)
			throw invalid('A group needs a non-empty value array', 'query');
		if (q.value.length > MAX_PER_GROUP)
			throw invalid(`A group takes at most ${MAX_PER_GROUP} filters`, 'query');
		for (const child of q.value) checkQuery(child, depth + 1);
		return;
	}
	if (typeof q.field !== 'string' || !q.field) throw invalid('A filter needs a field', 'query');
	if (typeof q.operator !== 'string') throw invalid('A filter needs an operator', 'query');
}

export function matches(record: Json, query: unknown, read: FieldReader = readPath): boolean {
	const q = query as Query;
	if (q.operator === 'AND') return (q.value as unknown[]).every((c) => matches(record, c, read));
	if (q.operator === 'OR') return (q.value as unknown[]).some((c) => matches(record, c, read));
	return matchFilter(record, q, read);
}

/** Sorts in place by `sort.field` (`ascending` default). */
export function sortRecords(records: Json[], sort: unknown, read: FieldReader = readPath): Json[] {
	if (!sort || typeof sort !== 'object') return records;
	const { field, order = 'ascending' } = sort as { field?: string; order?: string };
	if (order !== 'ascending' && order !== 'descending') {
		throw invalid('sort order must be ascending or descending', 'sort');
	}
	if (!field) return records;
	const sign = order === 'ascending' ? 1 : -1;
	return records.sort((a, b) => {
		const x = read(a, field);
		const y = read(b, field);
		const n = compare(x, y);
		if (n !== undefined) return sign * n;
		return sign * String(x ?? '').localeCompare(String(y ?? ''));
	});
}
