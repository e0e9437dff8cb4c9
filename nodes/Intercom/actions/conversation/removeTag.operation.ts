import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { actingAdminField, conversationRlc, tagRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [conversationRlc, tagRlc, actingAdminField()];

const displayOptions = { show: { resource: ['conversation'], operation: ['removeTag'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const tagId = requiredId(this, i, 'tagId', 'Tag');
	const adminId = requiredId(this, i, 'adminId', 'Admin', { numeric: true });
	return await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/conversations/${id}/tags/${tagId}`,
		{
			admin_id: adminId,
		},
	);
}
