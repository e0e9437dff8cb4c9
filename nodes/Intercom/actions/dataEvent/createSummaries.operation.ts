import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { numberParameter, requiredString, requiredUnixSeconds } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		required: true,
		default: '',
		description: 'Your own ID for the user (external_id)',
	},
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'string',
		required: true,
		default: '',
	},
	{
		displayName: 'Count',
		name: 'count',
		type: 'number',
		typeOptions: { minValue: 1 },
		required: true,
		default: 1,
		description: 'How many times the event happened',
	},
	{
		displayName: 'First',
		name: 'first',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the event first happened',
	},
	{
		displayName: 'Last',
		name: 'last',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the event last happened',
	},
];

const displayOptions = { show: { resource: ['dataEvent'], operation: ['createSummaries'] } };

export const description = updateDisplayOptions(displayOptions, properties);

function requiredDate(ctx: IExecuteFunctions, i: number, parameter: string, field: string): number {
	return requiredUnixSeconds(field, ctx.getNodeParameter(parameter, i, ''), ctx.getTimezone());
}

/** POST /events/summaries: an event's count and first/last times for a user. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const userId = requiredString(this, i, 'userId', 'User ID');
	const eventName = requiredString(this, i, 'eventName', 'Event Name');
	const count = numberParameter(this, i, 'count', 'Count', 1, { integer: true, min: 1 });
	const first = requiredDate(this, i, 'first', 'First');
	const last = requiredDate(this, i, 'last', 'Last');
	if (last < first) throw new InputError('Last', 'must not be before First');
	const body = { user_id: userId, event_summaries: { event_name: eventName, count, first, last } };
	// Intercom answers 200 with no body.
	await intercomApiRequest.call(this, 'POST', '/events/summaries', body, undefined, {
		expect: 'objectOrEmpty',
	});
	return { success: true, ...body };
}
