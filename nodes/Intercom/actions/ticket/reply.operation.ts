import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { replyFields } from '../../descriptions/inbox.description';
import { ticketRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { buildReplyBody } from '../../helpers/reply';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [ticketRlc, ...replyFields('ticket')];

const displayOptions = { show: { resource: ['ticket'], operation: ['reply'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'ticketId', 'Ticket');
	const body = await buildReplyBody(this, i, 'ticket');
	return await intercomApiRequest.call(this, 'POST', apiPath`/tickets/${id}/reply`, body);
}
