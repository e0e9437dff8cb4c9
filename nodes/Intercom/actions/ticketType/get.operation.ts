import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ticketTypeField } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [ticketTypeField];

const displayOptions = { show: { resource: ['ticketType'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'ticketTypeId', 'Ticket Type');
	return await intercomApiRequest.call(this, 'GET', apiPath`/ticket_types/${id}`);
}
