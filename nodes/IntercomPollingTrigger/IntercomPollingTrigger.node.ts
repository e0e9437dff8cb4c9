import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { authenticationProperty, nodeCredentials } from '../../credentials/intercom.common';
import { simplify } from '../Intercom/descriptions/common.description';
import { numberInRange } from '../Intercom/helpers/inputError';
import {
	simplifyContacts,
	simplifyConversations,
	simplifyTickets,
} from '../Intercom/helpers/simplify';
import { listBySearchCursor } from '../Intercom/transport';

import type { ChangeSource } from './changes';
import { PAGE_SIZE, candidatesOf, changedSince, searchBody, withParts } from './changes';
import type { FilterName, PollEvent } from './events';
import { POLL_EVENTS, pollEvent } from './events';
import { loadOptions } from './methods';
import type { PollState } from './pollState';
import { selectNew, stateFor, windowStart } from './pollState';

/** Defaults and bounds of the options. */
export const POLL_LIMITS = {
	maxItems: { default: 100, min: 1, max: 1000 },
	lookBackMinutes: { default: 10, min: 0, max: 1440 },
};

const nowSeconds = () => Math.floor(Date.now() / 1000);

function bounded(
	ctx: IPollFunctions,
	value: unknown,
	name: string,
	range: { min: number; max: number },
) {
	try {
		return Math.floor(numberInRange(value, name, range));
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), (error as Error).message);
	}
}

/** The events a filter applies to, for its displayOptions. */
const eventsWith = (filter: FilterName) =>
	POLL_EVENTS.filter((event) => event.filters.includes(filter)).map((event) => event.option.value);

/**
 * The search filter of each Filters option, for the event's records: `=` on the field the 2.16
 * search names (conversations take assignee IDs as integers, tickets as strings).
 */
function searchFilters(event: PollEvent, filters: IDataObject, ctx: IPollFunctions): IDataObject[] {
	const out: IDataObject[] = [];
	const add = (field: string, value: string | number) => out.push({ field, operator: '=', value });
	const id = (name: string, label: string) => {
		const value = String(filters[name] ?? '').trim();
		if (!/^[A-Za-z0-9_-]+$/.test(value)) {
			throw new NodeOperationError(ctx.getNode(), `${label}: not an ID: "${value}"`);
		}
		return value;
	};
	const integerFor = (value: string, label: string) => {
		if (event.noun !== 'conversation') return value;
		if (!/^\d+$/.test(value)) {
			throw new NodeOperationError(ctx.getNode(), `${label}: not a number: "${value}"`);
		}
		return Number(value);
	};
	for (const name of Object.keys(filters)) {
		if (!event.filters.includes(name as FilterName)) continue;
		const value = filters[name];
		if (value === '' || value === undefined || value === null) continue;
		switch (name as FilterName) {
			case 'role':
				if (value !== 'user' && value !== 'lead')
					throw new NodeOperationError(ctx.getNode(), 'Role: user or lead');
				add('role', value);
				break;
			case 'tagId':
				add(event.noun === 'contact' ? 'tag_id' : 'tag_ids', id('tagId', 'Tag'));
				break;
			case 'state':
				add('state', String(value));
				break;
			case 'ticketState':
				add('state', String(value));
				break;
			case 'ticketTypeId':
				add('ticket_type_id', id('ticketTypeId', 'Ticket Type'));
				break;
			case 'teamAssigneeId':
				add('team_assignee_id', integerFor(id('teamAssigneeId', 'Team Assignee'), 'Team Assignee'));
				break;
			case 'adminAssigneeId':
				add(
					'admin_assignee_id',
					integerFor(id('adminAssigneeId', 'Admin Assignee'), 'Admin Assignee'),
				);
				break;
		}
	}
	return out;
}

/** The event's source with the chosen filters. */
function sourceOf(ctx: IPollFunctions, event: PollEvent, filters: IDataObject): ChangeSource {
	let chosen = searchFilters(event, filters, ctx);
	const tagId = chosen.find((f) => f.field === 'tag_ids')?.value;
	let ticketState: string | undefined;
	if (event.option.value === 'ticket.stateChanged') {
		// The state moved to, not the state the ticket is in when read (it may have moved on).
		ticketState = chosen.find((f) => f.field === 'state')?.value as string | undefined;
		chosen = chosen.filter((f) => f.field !== 'state');
	}
	return {
		...event.source,
		filters: chosen,
		...(tagId !== undefined ? { tagId: String(tagId) } : {}),
		...(ticketState !== undefined ? { ticketState } : {}),
	};
}

/** The Filters that apply to the event, as chosen (an event change starts afresh anyway). */
function sourceFilterValues(event: PollEvent, filters: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(filters)) {
		if (event.filters.includes(name as FilterName) && value !== '' && value !== undefined)
			out[name] = value;
	}
	return out;
}

/** How far back Fetch Test Event looks where the search cannot sort (tickets): 30 days. */
const TEST_EVENT_DAYS = 30;

/**
 * The newest event: among the newest page of records (sorted newest first, or where the search
 * cannot sort, the records changed in the last TEST_EVENT_DAYS, at most 1,000 read), the record
 * whose event is the latest.
 */
async function newestEvent(ctx: IPollFunctions, source: ChangeSource) {
	const records = await listBySearchCursor.call(ctx, {
		path: source.path,
		itemsKey: source.itemsKey,
		body: searchBody(source, source.sortable ? 0 : nowSeconds() - TEST_EVENT_DAYS * 86400),
		maxPageSize: PAGE_SIZE,
		limit: source.sortable ? PAGE_SIZE : 1000,
	});
	let candidates = candidatesOf(
		ctx,
		{ ...source, needsParts: false },
		source.needsParts ? await ticketsWithParts(ctx, records) : records,
		0,
	);
	candidates = candidates.sort((a, b) => b.at - a.at);
	return candidates[0]?.record;
}

/** The most recently updated tickets (up to 20), read whole when the search left out their parts. */
async function ticketsWithParts(ctx: IPollFunctions, records: IDataObject[]) {
	const newest = [...records]
		.sort((a, b) => Number(b.updated_at ?? 0) - Number(a.updated_at ?? 0))
		.slice(0, 20);
	return await withParts(ctx, newest);
}

/** Simplify for the event's records; what an event adds (tag_added, state_change) is kept. */
function simplified(event: PollEvent, records: IDataObject[]): IDataObject[] {
	const simple =
		event.noun === 'contact'
			? simplifyContacts(records)
			: event.noun === 'conversation'
				? simplifyConversations(records)
				: simplifyTickets(records);
	return simple.map((out, k) => {
		const record = records[k];
		const kept = ['tag_added', 'state_change', event.source.field.split('.')[0]];
		for (const key of kept) if (key in record && !(key in out)) out[key] = record[key];
		return out;
	});
}

export class IntercomPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Intercom Polling Trigger',
		name: 'intercomPollingTrigger',
		icon: { light: 'file:../../icons/intercom.svg', dark: 'file:../../icons/intercom.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["event"] }}',
		description:
			"Community package for Intercom's current API 2.x: starts a workflow on new and changed contacts, conversations and tickets, checked on a schedule (no webhook setup, no public URL)",
		defaults: { name: 'Intercom Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: nodeCredentials,
		properties: [
			{
				displayName:
					'Checks Intercom on the schedule below; needs no Developer Hub webhook and no public URL. The first check after publishing starts from that moment: older records do not start the workflow (set Start From for a backfill).',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			authenticationProperty,
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: POLL_EVENTS.map((event) => event.option),
				default: 'contact.created',
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				description: 'Only records that match every filter start the workflow',
				options: [
					{
						displayName: 'Admin Assignee Name or ID',
						name: 'adminAssigneeId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getAdmins' },
						default: '',
						description:
							'The teammate the record is assigned to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						displayOptions: { show: { '/event': eventsWith('adminAssigneeId') } },
					},
					{
						displayName: 'Role',
						name: 'role',
						type: 'options',
						options: [
							{ name: 'Lead', value: 'lead' },
							{ name: 'User', value: 'user' },
						],
						default: 'user',
						description: 'Users or leads only (without this filter: both)',
						displayOptions: { show: { '/event': eventsWith('role') } },
					},
					{
						displayName: 'State',
						name: 'state',
						type: 'options',
						options: [
							{ name: 'Closed', value: 'closed' },
							{ name: 'Open', value: 'open' },
							{ name: 'Snoozed', value: 'snoozed' },
						],
						default: 'open',
						description: 'The state the conversation is in when it is read',
						displayOptions: { show: { '/event': eventsWith('state') } },
					},
					{
						displayName: 'Tag Name or ID',
						name: 'tagId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getTags' },
						default: '',
						description:
							'Records with this tag (Tag Added: this tag being added). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						displayOptions: { show: { '/event': eventsWith('tagId') } },
					},
					{
						displayName: 'Team Assignee Name or ID',
						name: 'teamAssigneeId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getTeams' },
						default: '',
						description:
							'The team the record is assigned to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						displayOptions: { show: { '/event': eventsWith('teamAssigneeId') } },
					},
					{
						displayName: 'Ticket State',
						name: 'ticketState',
						type: 'options',
						options: [
							{ name: 'In Progress', value: 'in_progress' },
							{ name: 'Resolved', value: 'resolved' },
							{ name: 'Submitted', value: 'submitted' },
							{ name: 'Waiting on Customer', value: 'waiting_on_customer' },
						],
						default: 'submitted',
						description:
							'The state the ticket is in when it is read (Ticket State Changed: the state it moved to)',
						displayOptions: { show: { '/event': eventsWith('ticketState') } },
					},
					{
						displayName: 'Ticket Type Name or ID',
						name: 'ticketTypeId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getTicketTypes' },
						default: '',
						description:
							'Tickets of this type. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						displayOptions: { show: { '/event': eventsWith('ticketTypeId') } },
					},
				],
			},
			simplify,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Look Back (Minutes)',
						name: 'lookBackMinutes',
						type: 'number',
						typeOptions: {
							minValue: POLL_LIMITS.lookBackMinutes.min,
							maxValue: POLL_LIMITS.lookBackMinutes.max,
						},
						default: 10,
						description:
							'How far before the newest record seen each check reads again, for records Intercom’s search shows late (new contacts can take minutes). Records already output are not output again.',
					},
					{
						displayName: 'Max Items per Check',
						name: 'maxItems',
						type: 'number',
						typeOptions: {
							minValue: POLL_LIMITS.maxItems.min,
							maxValue: POLL_LIMITS.maxItems.max,
						},
						default: 100,
						description:
							'The most records one check outputs, oldest first; the rest come with the next checks',
					},
					{
						displayName: 'Start From',
						name: 'startFrom',
						type: 'dateTime',
						default: '',
						description:
							'Output the records of the event from this moment on, once, when the workflow is first published or the event changes (a backfill); default: from then on',
					},
				],
			},
		],
	};

	methods = { loadOptions };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = pollEvent(this.getNodeParameter('event'));
		if (!event) {
			throw new NodeOperationError(this.getNode(), 'Event: not one of this node’s events');
		}
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const maxItems = bounded(
			this,
			options.maxItems ?? POLL_LIMITS.maxItems.default,
			'Max Items per Check',
			POLL_LIMITS.maxItems,
		);
		const lookBack =
			60 *
			bounded(
				this,
				options.lookBackMinutes ?? POLL_LIMITS.lookBackMinutes.default,
				'Look Back (Minutes)',
				POLL_LIMITS.lookBackMinutes,
			);
		const filters = this.getNodeParameter('filters', {}) as IDataObject;
		const source = sourceOf(this, event, filters);
		const simple = this.getNodeParameter('simple', true) as boolean;
		const output = (records: IDataObject[]) => [
			this.helpers.returnJsonArray(simple ? simplified(event, records) : records),
		];

		if (this.getMode() === 'manual') {
			// Fetch Test Event: the newest matching event; the state is not touched.
			const newest = await newestEvent(this, source);
			return newest ? output([newest]) : null;
		}

		let start = nowSeconds();
		if (options.startFrom) {
			const from = Date.parse(String(options.startFrom));
			if (Number.isNaN(from)) {
				throw new NodeOperationError(this.getNode(), 'Start From: not a date');
			}
			start = Math.floor(from / 1000);
		}
		const staticData = this.getWorkflowStaticData('node');
		const applied = Object.fromEntries(
			Object.entries(sourceFilterValues(event, filters)).sort(([a], [b]) => a.localeCompare(b)),
		);
		const selection = [
			event.option.value,
			options.startFrom ? String(options.startFrom) : '',
			JSON.stringify(applied),
		].join('|');
		const state: PollState = stateFor(staticData.poll, selection, start);
		const checkedAt = nowSeconds();
		const candidates = await changedSince(this, source, windowStart(state, lookBack));
		const { emit, next } = selectNew(state, candidates, {
			overlapSeconds: lookBack,
			maxItems,
			checkedAt,
		});
		// n8n saves static data after an activation's check and when a check outputs items; between
		// those the state is kept in memory.
		staticData.poll = next as unknown as IDataObject;
		if (!emit.length) return null;
		return output(emit.map((c) => c.record));
	}
}
