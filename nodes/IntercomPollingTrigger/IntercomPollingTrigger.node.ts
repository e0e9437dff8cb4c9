import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { authenticationProperty, nodeCredentials } from '../../credentials/intercom.common';
import { listBySearchCursor } from '../Intercom/transport';

import type { ChangeSource } from './changes';
import { changedSince } from './changes';
import { POLL_EVENTS, pollEvent } from './events';
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
	{ min, max }: { min: number; max: number },
) {
	const n = Number(value);
	if (!Number.isFinite(n) || n < min || n > max) {
		throw new NodeOperationError(
			ctx.getNode(),
			`${name}: must be between ${min} and ${max}, not ${String(value)}`,
		);
	}
	return Math.floor(n);
}

/** How far back Fetch Test Event looks where the search cannot sort (tickets): 30 days. */
const TEST_EVENT_DAYS = 30;

/**
 * The newest record of the event: the first of a search sorted newest first, or, where the search
 * cannot sort, the newest of the last TEST_EVENT_DAYS (at most 1,000 read).
 */
async function newestRecord(ctx: IPollFunctions, source: ChangeSource) {
	if (source.sortable) {
		const [first] = await listBySearchCursor.call(ctx, {
			path: source.path,
			itemsKey: source.itemsKey,
			body: {
				query: { field: source.field, operator: '>', value: 0 },
				sort: { field: source.field, order: 'descending' },
			},
			limit: 1,
		});
		return first;
	}
	const since = nowSeconds() - TEST_EVENT_DAYS * 86400;
	const records = await listBySearchCursor.call(ctx, {
		path: source.path,
		itemsKey: source.itemsKey,
		body: { query: { field: source.field, operator: '>', value: since } },
		limit: 1000,
	});
	let newest: IDataObject | undefined;
	for (const record of records) {
		if (Number(record[source.field]) > Number(newest?.[source.field] ?? -1)) newest = record;
	}
	return newest;
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
			"Community package for Intercom's current API 2.x: starts a workflow on new and changed contacts, conversations and tickets, checked on a schedule (no webhook setup)",
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
		const source = event.source([]);

		if (this.getMode() === 'manual') {
			// Fetch Test Event: the newest matching record; the state is not touched.
			const newest = await newestRecord(this, source);
			return newest ? [this.helpers.returnJsonArray([newest])] : null;
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
		const selection = `${event.option.value}|${options.startFrom ? String(options.startFrom) : ''}`;
		const state: PollState = stateFor(staticData.poll, selection, start);
		const candidates = await changedSince(this, source, windowStart(state, lookBack));
		const { emit, next } = selectNew(state, candidates, {
			overlapSeconds: lookBack,
			maxItems,
		});
		// n8n saves static data when a check outputs items; a fresh state is kept in memory until then.
		staticData.poll = next as unknown as IDataObject;
		if (!emit.length) return null;
		return [this.helpers.returnJsonArray(emit.map((c) => c.record))];
	}
}
