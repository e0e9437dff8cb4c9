import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { callSearchLimit, conversationIdsField } from '../../descriptions/call.description';
import { requiredString } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [conversationIdsField];

const displayOptions = { show: { resource: ['call'], operation: ['search'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST /calls/search (a read: retried like one): the calls of the conversations, with transcripts. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const ids = requiredString(this, i, 'conversationIds', 'Conversation IDs')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const bad = ids.find((id) => !/^\d+$/.test(id));
	if (bad !== undefined)
		throw new InputError('Conversation IDs', `"${bad}" is not a conversation ID (digits)`);
	if (!ids.length || ids.length > callSearchLimit)
		throw new InputError(
			'Conversation IDs',
			`give 1 to ${callSearchLimit} conversation IDs, not ${ids.length}`,
		);
	if (new Set(ids).size !== ids.length)
		throw new InputError('Conversation IDs', 'a conversation ID is given twice');
	const response = await intercomApiRequest.call(
		this,
		'POST',
		'/calls/search',
		{ conversation_ids: ids },
		undefined,
		{ idempotent: true },
	);
	if (!Array.isArray(response.data)) {
		throw new NodeOperationError(
			this.getNode(),
			'Intercom’s answer to the call search has no list of calls (data)',
		);
	}
	return response.data as IDataObject[];
}
