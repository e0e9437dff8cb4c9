import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { conversationRlc, ticketTypeField } from '../../descriptions/rlc.description';
import { ticketAttributeFields, ticketStateField } from '../../descriptions/ticket.description';
import { optionalText, parseJsonObject, requiredId } from '../../helpers/input';
import type { TicketAttributePair } from '../../helpers/ticket';
import { ticketAttributesFrom } from '../../helpers/ticket';
import { ticketTypeOf } from '../../lookups/ticketType';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	conversationRlc,
	ticketTypeField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [ticketStateField, ...ticketAttributeFields],
	},
];

const displayOptions = { show: { resource: ['conversation'], operation: ['convertToTicket'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const ticketTypeId = requiredId(this, i, 'ticketTypeId', 'Ticket Type');
	const body: IDataObject = { ticket_type_id: ticketTypeId };
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const ticketStateId = optionalText('Ticket State', extra.ticketStateId);
	if (ticketStateId) body.ticket_state_id = ticketStateId;
	const pairs = (extra.ticketAttributesUi as { attribute?: TicketAttributePair[] } | undefined)
		?.attribute;
	// Invalid JSON is refused before the ticket type is read; the type types the pair values.
	const json =
		extra.ticketAttributesJson === undefined
			? undefined
			: parseJsonObject('Ticket Attributes (JSON)', extra.ticketAttributesJson);
	const ticketType = pairs?.length ? await ticketTypeOf(this, ticketTypeId) : undefined;
	const attributes = ticketAttributesFrom(pairs, json, this.getTimezone(), ticketType);
	if (Object.keys(attributes).length) body.attributes = attributes;
	return await intercomApiRequest.call(this, 'POST', apiPath`/conversations/${id}/convert`, body);
}
