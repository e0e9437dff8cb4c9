import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { actingAdminField, conversationRlc } from '../../descriptions/rlc.description';
import { futureUnixSeconds, requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	conversationRlc,
	actingAdminField(),
	{
		displayName: 'Snooze Until',
		name: 'snoozedUntil',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the conversation reopens. Must be in the future.',
	},
];

const displayOptions = { show: { resource: ['conversation'], operation: ['snooze'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const adminId = requiredId(this, i, 'adminId', 'Admin', { numeric: true });
	const until = futureUnixSeconds(
		'Snooze Until',
		this.getNodeParameter('snoozedUntil', i, ''),
		this.getTimezone(),
	);
	return await intercomApiRequest.call(this, 'POST', apiPath`/conversations/${id}/parts`, {
		message_type: 'snoozed',
		admin_id: adminId,
		snoozed_until: until,
	});
}
