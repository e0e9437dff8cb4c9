import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { linkedConversationRlc, trackerTicketRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [trackerTicketRlc, linkedConversationRlc];

const displayOptions = { show: { resource: ['ticket'], operation: ['unlinkConversation'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'ticketId', 'Tracker Ticket');
	const conversationId = requiredId(this, i, 'linkedConversationId', 'Linked Conversation', {
		numeric: true,
	});
	// Intercom answers the conversation as it is once unlinked.
	return await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/tickets/${id}/linked_conversations/${conversationId}`,
	);
}
