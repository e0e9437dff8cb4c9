import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { IntercomContext } from '../Intercom/transport';
import { apiPath, intercomApiRequest, listBySearchCursor } from '../Intercom/transport';
import type { Candidate } from './pollState';

/** One event a record carries (a tag applied, a change of state), when a record can carry several. */
export interface EventOccurrence {
	/** What tells it from the record's other events of the kind (`tag:7`, `part:12`). */
	key: string;
	/** When it happened, Unix seconds. */
	at: number;
	/** Added to the record's item (e.g. `tag_added`). */
	extra: IDataObject;
}

/** Where a polling event reads its records, and which of their timestamps is the event's. */
export interface ChangeSource {
	path: '/contacts/search' | '/conversations/search' | '/tickets/search';
	itemsKey: 'data' | 'conversations' | 'tickets';
	/**
	 * The timestamp field the search filters and sorts on (`updated_at`, `statistics.last_close_at`),
	 * read from each record at the same path; without `occurrences`, the event's timestamp.
	 */
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
	/**
	 * The events of a record that can carry several (tags applied, changes of state), each with its
	 * own time; the record is read when its `field` (the time it last changed) is in the window.
	 */
	occurrences?: (
		record: IDataObject,
		filters: { tagId?: string; ticketState?: string },
	) => EventOccurrence[];
	/** The tag chosen in Filters, for `occurrences`. */
	tagId?: string;
	/** The state chosen in Filters, for State Changed's `occurrences`: the state moved to. */
	ticketState?: string;
	/** Tickets whose answer lacks `ticket_parts` are read whole (`GET /tickets/{id}`) for them. */
	needsParts?: boolean;
}

/** Most results per search page (Intercom: 150). */
export const PAGE_SIZE = 150;

const DAY = 86400;

const secondsOf = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : undefined;

/** Reads `a.b.c` from a record. */
export function readPath(record: IDataObject, path: string): unknown {
	let value: unknown = record;
	for (const part of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[part];
	}
	return value;
}

/**
 * The time a record's `field` says, in seconds. The rating's search field is `replied_at`; the
 * 2.16 rating object names the time it was given `updated_at`, so either is read.
 */
export function fieldTime(record: IDataObject, field: string): number | undefined {
	const value = secondsOf(readPath(record, field));
	if (value !== undefined || field !== 'conversation_rating.replied_at') return value;
	return secondsOf(readPath(record, 'conversation_rating.updated_at'));
}

/** The search body for records whose `field` is after `after`, with the source's filters. */
export function searchBody(source: ChangeSource, after: number): IDataObject {
	const since = { field: source.field, operator: '>', value: after };
	const filters = [since, ...source.filters];
	return {
		query: filters.length === 1 ? since : { operator: 'AND', value: filters },
		...(source.sortable ? { sort: { field: source.field, order: 'descending' } } : {}),
	};
}

/** Tickets without their parts in the search's answer, read whole. */
export async function withParts(
	ctx: IntercomContext,
	records: IDataObject[],
): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	for (const record of records) {
		if (readPath(record, 'ticket_parts.ticket_parts') !== undefined) {
			out.push(record);
			continue;
		}
		out.push(await intercomApiRequest.call(ctx, 'GET', apiPath`/tickets/${String(record.id)}`));
	}
	return out;
}

/** A record's events at or after `from`, each a candidate for the poll. */
export function candidatesOf(
	ctx: IntercomContext,
	source: ChangeSource,
	records: IDataObject[],
	from: number,
): Array<Candidate<IDataObject>> {
	const candidates: Array<Candidate<IDataObject>> = [];
	for (const record of records) {
		if (typeof record.id !== 'string' && typeof record.id !== 'number') {
			throw new NodeOperationError(ctx.getNode(), `A record from ${source.path} has no id`);
		}
		const id = String(record.id);
		if (source.occurrences) {
			for (const event of source.occurrences(record, {
				tagId: source.tagId,
				ticketState: source.ticketState,
			})) {
				if (event.at >= from)
					candidates.push({
						id: `${id}/${event.key}`,
						at: event.at,
						record: { ...record, ...event.extra },
					});
			}
			continue;
		}
		const time = fieldTime(record, source.field);
		if (time === undefined) {
			throw new NodeOperationError(
				ctx.getNode(),
				`Record ${id} from ${source.path} has no ${source.field}`,
			);
		}
		if (time >= from) candidates.push({ id, at: time, record });
	}
	return candidates;
}

/**
 * The events at or after `from`: records whose `field` is in the window, newest first from
 * Intercom where the search sorts, read page by page until a page reaches back past `from` (so an
 * idle poll costs one request). A record without the timestamp is an error: the event cannot be
 * told without it.
 */
export async function changedSince(
	ctx: IntercomContext,
	source: ChangeSource,
	from: number,
): Promise<Array<Candidate<IDataObject>>> {
	// One second before (conversations and tickets: `>` is documented as "or equal" too), or for
	// contacts the day before: either way a superset, cut to the second below.
	let records = await listBySearchCursor.call(ctx, {
		path: source.path,
		itemsKey: source.itemsKey,
		body: searchBody(source, source.byDay ? from - DAY : from - 1),
		maxPageSize: PAGE_SIZE,
		lastPage: source.sortable
			? (items) => {
					const last = fieldTime(items[items.length - 1], source.field);
					return last !== undefined && last < from;
				}
			: undefined,
	});
	if (source.occurrences) {
		// Only records changed in the window can carry an event in it.
		records = records.filter((record) => (fieldTime(record, source.field) ?? from) >= from);
	}
	if (source.needsParts) records = await withParts(ctx, records);
	return candidatesOf(ctx, source, records, from);
}
