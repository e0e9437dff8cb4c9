import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { actionMessageOptions } from '../../descriptions/conversation.description';
import { actingAdminField, conversationRlc } from '../../descriptions/rlc.description';
import { optionalValue, requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';
import { asText } from '../../helpers/values';

const properties: INodeProperties[] = [conversationRlc, actingAdminField(), actionMessageOptions];

const displayOptions = { show: { resource: ['conversation'], operation: ['close'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const body: IDataObject = {
		message_type: 'close',
		type: 'admin',
		admin_id: requiredId(this, i, 'adminId', 'Admin', { numeric: true }),
	};
	const message = optionalValue('Message', this.getNodeParameter('options.body', i, ''), asText);
	if (message !== undefined) body.body = message;
	return await intercomApiRequest.call(this, 'POST', apiPath`/conversations/${id}/parts`, body);
}
