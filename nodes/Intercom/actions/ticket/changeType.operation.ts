import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsField, ticketRlc, ticketTypeField } from '../../descriptions/rlc.description';
import { ticketAttributeFields } from '../../descriptions/ticket.description';
import { parseJsonObject, requiredId } from '../../helpers/input';
import type { TicketAttributePair } from '../../helpers/ticket';
import { checkTicketStateOfType, ticketAttributesFrom } from '../../helpers/ticket';
import { ticketTypeOf } from '../../lookups/ticketType';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	ticketRlc,
	{
		...ticketTypeField,
		displayName: 'New Ticket Type Name or ID',
		description:
			'The type to change the ticket to; it must be of the same category (Customer, Back-office or Tracker) as its current type. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	optionsField('ticketStateId', 'Ticket State', 'getTicketTypeStates', {
		typeOptions: {
			loadOptionsMethod: 'getTicketTypeStates',
			loadOptionsDependsOn: ['ticketTypeId'],
		},
		description:
			'The state the ticket takes in its new type: one of that type’s states. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	...ticketAttributeFields.map((field) => ({
		...field,
		description:
			field.name === 'ticketAttributesUi'
				? 'Attributes of the new type to set. Attributes of the same name and type carry over from the old type; these override them.'
				: field.description,
	})),
];

const displayOptions = { show: { resource: ['ticket'], operation: ['changeType'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'ticketId', 'Ticket');
	const ticketTypeId = requiredId(this, i, 'ticketTypeId', 'New Ticket Type');
	const ticketStateId = requiredId(this, i, 'ticketStateId', 'Ticket State');
	const pairs = (
		this.getNodeParameter('ticketAttributesUi', i, {}) as { attribute?: TicketAttributePair[] }
	).attribute;
	// Invalid JSON is refused before the ticket type is read.
	const json = parseJsonObject(
		'Ticket Attributes (JSON)',
		this.getNodeParameter('ticketAttributesJson', i, ''),
	);
	// The new type's states and attributes: the state must be one of them, and the pair values
	// are typed by them (names the type lacks are refused).
	const ticketType = await ticketTypeOf(this, ticketTypeId);
	checkTicketStateOfType(ticketType, ticketStateId);
	const attributes = ticketAttributesFrom(pairs, json, this.getTimezone(), ticketType);
	const body: IDataObject = { ticket_type_id: ticketTypeId, ticket_state_id: ticketStateId };
	if (Object.keys(attributes).length) body.ticket_attributes = attributes;
	return await intercomApiRequest.call(this, 'POST', apiPath`/tickets/${id}/change_type`, body);
}
