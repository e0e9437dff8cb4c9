import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ticketRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [ticketRlc];

const displayOptions = { show: { resource: ['ticket'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'ticketId', 'Ticket');
	return await intercomApiRequest.call(this, 'DELETE', apiPath`/tickets/${id}`);
}
