import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { teamField } from '../../descriptions/rlc.description';
import { optionalValue, requiredId } from '../../helpers/input';
import { asNumber } from '../../helpers/values';
import { apiPath, listUnpaged } from '../../transport';

/** Intercom's bounds of `idle_threshold`, in seconds (it clamps values outside them). */
const IDLE_THRESHOLD = { min: 1, max: 86_400 };

const properties: INodeProperties[] = [
	teamField,
	optionsCollection([
		{
			displayName: 'Idle After (Seconds)',
			name: 'idleThreshold',
			type: 'number',
			typeOptions: { minValue: IDLE_THRESHOLD.min, maxValue: IDLE_THRESHOLD.max },
			default: 1800,
			description:
				'How long an open conversation waits for a teammate’s reply before it counts as idle (Intercom’s default: 1800, 30 minutes)',
		},
	]),
];

const displayOptions = { show: { resource: ['team'], operation: ['getMetrics'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * GET /teams/{id}/metrics: one item per admin of the team, with the open, idle and snoozed
 * conversations assigned to them now (Intercom's real-time monitoring).
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const teamId = requiredId(this, i, 'teamId', 'Team');
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const idleThreshold = optionalValue('Idle After (Seconds)', options.idleThreshold, (v) =>
		asNumber(v, { integer: true, ...IDLE_THRESHOLD }),
	);
	return await listUnpaged.call(this, {
		path: apiPath`/teams/${teamId}/metrics`,
		itemsKeys: ['data'],
		query: idleThreshold === undefined ? undefined : { idle_threshold: idleThreshold },
	});
}
