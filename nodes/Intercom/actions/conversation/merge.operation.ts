import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { conversationLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	conversationLocator(
		'conversationId',
		'Conversation to Merge',
		'The conversation merged away: Intercom closes it and links it to the one it is merged into',
	),
	conversationLocator(
		'mergeIntoConversationId',
		'Merge Into',
		'The conversation that remains, with the merged one linked to it',
	),
];

const displayOptions = { show: { resource: ['conversation'], operation: ['merge'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST /conversations/{id}/merge: the conversation that remains comes back. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation to Merge', { numeric: true });
	const into = requiredId(this, i, 'mergeIntoConversationId', 'Merge Into', { numeric: true });
	if (id === into)
		throw new InputError('Merge Into', 'is the same conversation as Conversation to Merge');
	const intoId = Number(into);
	// Intercom takes the ID as a JSON integer: one beyond 2^53 would arrive changed.
	if (!Number.isSafeInteger(intoId)) {
		throw new InputError('Merge Into', `"${into}" is too large for a conversation ID`);
	}
	return await intercomApiRequest.call(this, 'POST', apiPath`/conversations/${id}/merge`, {
		merge_into_conversation_id: intoId,
	});
}
