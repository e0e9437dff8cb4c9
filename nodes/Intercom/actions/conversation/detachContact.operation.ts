import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	actingAdminField,
	contactLocator,
	conversationRlc,
} from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	conversationRlc,
	contactLocator('contactId', 'Contact', 'The participant to remove'),
	actingAdminField(),
];

const displayOptions = { show: { resource: ['conversation'], operation: ['detachContact'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	const adminId = requiredId(this, i, 'adminId', 'Admin', { numeric: true });
	return await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/conversations/${id}/customers/${contactId}`,
		{ admin_id: adminId },
	);
}
