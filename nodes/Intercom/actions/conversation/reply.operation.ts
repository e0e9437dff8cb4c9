import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { replyFields } from '../../descriptions/inbox.description';
import { conversationRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { buildReplyBody } from '../../helpers/reply';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [conversationRlc, ...replyFields('conversation')];

const displayOptions = { show: { resource: ['conversation'], operation: ['reply'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const body = await buildReplyBody(this, i, 'conversation');
	return await intercomApiRequest.call(this, 'POST', apiPath`/conversations/${id}/reply`, body);
}
