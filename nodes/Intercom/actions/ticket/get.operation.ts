import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import { ticketRlc } from '../../descriptions/rlc.description';
import { booleanParameter, requiredId } from '../../helpers/input';
import { simplifyTickets } from '../../helpers/simplify';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [ticketRlc, simplify];

const displayOptions = { show: { resource: ['ticket'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const id = requiredId(this, i, 'ticketId', 'Ticket');
	const ticket = await intercomApiRequest.call(this, 'GET', apiPath`/tickets/${id}`);
	return simple ? simplifyTickets([ticket])[0] : ticket;
}
