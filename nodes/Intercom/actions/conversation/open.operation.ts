import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { actingAdminField, conversationRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [conversationRlc, actingAdminField()];

const displayOptions = { show: { resource: ['conversation'], operation: ['open'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	return await intercomApiRequest.call(this, 'POST', apiPath`/conversations/${id}/parts`, {
		message_type: 'open',
		admin_id: requiredId(this, i, 'adminId', 'Admin', { numeric: true }),
	});
}
