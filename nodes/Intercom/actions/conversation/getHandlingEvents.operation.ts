import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.description';
import { conversationRlc } from '../../descriptions/rlc.description';
import { limitOf, requiredId } from '../../helpers/input';
import { apiPath, listUnpaged } from '../../transport';

const properties: INodeProperties[] = [conversationRlc, ...returnAllOrLimit];

const displayOptions = { show: { resource: ['conversation'], operation: ['getHandlingEvents'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /conversations/{id}/handling_events: one item per pause or resume, in one answer. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	return await listUnpaged.call(this, {
		path: apiPath`/conversations/${id}/handling_events`,
		itemsKeys: ['handling_events'],
		limit: limitOf(this, i),
	});
}
