import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { conversationLocator, trackerTicketRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	trackerTicketRlc,
	conversationLocator(
		'conversationId',
		'Conversation',
		'The conversation, or a customer ticket (by its ID), to link to the tracker ticket. A conversation can be linked to one tracker only.',
	),
];

const displayOptions = { show: { resource: ['ticket'], operation: ['linkConversation'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'ticketId', 'Tracker Ticket');
	const conversationId = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	if (conversationId === id)
		throw new InputError('Conversation', 'is the tracker ticket itself; pick another conversation');
	// Intercom answers the conversation, its linked_objects now naming the tracker.
	return await intercomApiRequest.call(this, 'POST', apiPath`/tickets/${id}/linked_conversations`, {
		conversation_id: conversationId,
	});
}
