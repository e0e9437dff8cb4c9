import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import { limitOf } from '../../helpers/input';
import { simplifyConversations } from '../../helpers/simplify';
import { intercomCursorList } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit, simplify];

const displayOptions = { show: { resource: ['conversation'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const conversations = await intercomCursorList.call(this, '/conversations', 'conversations', limitOf(this, i));
	return this.getNodeParameter('simple', i, true) ? simplifyConversations(conversations) : conversations;
}
