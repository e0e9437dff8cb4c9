import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { actingAdminField, tagRlc, ticketRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [ticketRlc, tagRlc, actingAdminField()];

const displayOptions = { show: { resource: ['ticket'], operation: ['removeTag'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'ticketId', 'Ticket');
	const tagId = requiredId(this, i, 'tagId', 'Tag');
	const adminId = requiredId(this, i, 'adminId', 'Admin', { numeric: true });
	return await intercomApiRequest.call(this, 'DELETE', apiPath`/tickets/${id}/tags/${tagId}`, {
		admin_id: adminId,
	});
}
