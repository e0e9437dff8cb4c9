import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { IntercomContext } from '../Intercom/transport';
import { listBySearchCursor } from '../Intercom/transport';
import type { Candidate } from './pollState';

/** Where a polling event reads its records, and which of their timestamps is the event's. */
export interface ChangeSource {
	path: '/contacts/search' | '/conversations/search' | '/tickets/search';
	itemsKey: 'data' | 'conversations' | 'tickets';
	/** The timestamp field the search filters and sorts on, and the event's timestamp. */
	field: string;
	/**
	 * Contacts' dates match by calendar day in the workspace's time zone (`>` starts at the next
	 * day), so the search asks from the day before and the exact seconds are compared here.
	 */
	byDay: boolean;
	/**
	 * Whether the search takes `sort` (contacts and conversations; the 2.16 ticket search does
	 * not): sorted newest first, a poll stops at the first page that reaches back past the window;
	 * unsorted, it reads every page of the window.
	 */
	sortable: boolean;
	/** More filters, ANDed (role, state, assignee…). */
	filters: IDataObject[];
	/** The event's timestamp of a record, when it is not `record[field]`. */
	at?: (record: IDataObject) => number | undefined;
}

/** Most results per search page (Intercom: 150). */
const PAGE_SIZE = 150;

const DAY = 86400;

const secondsOf = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : undefined;

/**
 * The records whose event timestamp is at or after `from`, newest first from Intercom, read page
 * by page until a page reaches back past `from` (so an idle poll costs one request). A record
 * without the timestamp is an error: the event cannot be told without it.
 */
export async function changedSince(
	ctx: IntercomContext,
	source: ChangeSource,
	from: number,
): Promise<Array<Candidate<IDataObject>>> {
	const at = source.at ?? ((record: IDataObject) => secondsOf(record[source.field]));
	const since = {
		field: source.field,
		operator: '>',
		// One second before (conversations and tickets: `>` is documented as "or equal" too), or for
		// contacts the day before: either way a superset, cut to the second below.
		value: source.byDay ? from - DAY : from - 1,
	};
	const filters = [since, ...source.filters];
	const records = await listBySearchCursor.call(ctx, {
		path: source.path,
		itemsKey: source.itemsKey,
		body: {
			query: filters.length === 1 ? since : { operator: 'AND', value: filters },
			...(source.sortable ? { sort: { field: source.field, order: 'descending' } } : {}),
		},
		maxPageSize: PAGE_SIZE,
		lastPage: source.sortable
			? (items) => {
					const last = at(items[items.length - 1]);
					return last !== undefined && last < from;
				}
			: undefined,
	});
	const candidates: Array<Candidate<IDataObject>> = [];
	for (const record of records) {
		const time = at(record);
		if (typeof record.id !== 'string' && typeof record.id !== 'number') {
			throw new NodeOperationError(ctx.getNode(), `A record from ${source.path} has no id`);
		}
		if (time === undefined) {
			throw new NodeOperationError(
				ctx.getNode(),
				`Record ${String(record.id)} from ${source.path} has no ${source.field}`,
			);
		}
		if (time >= from) candidates.push({ id: String(record.id), at: time, record });
	}
	return candidates;
}
