import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { conversationRlc } from '../../descriptions/rlc.description';
import { optionParameter, requiredId, requiredString } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	conversationRlc,
	{
		displayName: 'Redact',
		name: 'redactType',
		type: 'options',
		options: [
			{
				name: 'Conversation Part',
				value: 'conversation_part',
				description: 'A reply or note in the conversation',
			},
			{ name: 'Source', value: 'source', description: 'The message that started the conversation' },
		],
		default: 'conversation_part',
	},
	{
		displayName: 'Conversation Part ID',
		name: 'conversationPartId',
		type: 'string',
		required: true,
		displayOptions: { show: { redactType: ['conversation_part'] } },
		default: '',
		description: 'The ID of the part to redact (conversation_parts[].ID in Get)',
	},
	{
		displayName: 'Source ID',
		name: 'sourceId',
		type: 'string',
		required: true,
		displayOptions: { show: { redactType: ['source'] } },
		default: '',
		description: 'The ID of the conversation’s source (source.ID in Get)',
	},
];

const displayOptions = { show: { resource: ['conversation'], operation: ['redact'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const conversationId = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const type = optionParameter(
		this,
		i,
		'redactType',
		'Redact',
		['conversation_part', 'source'],
		'conversation_part',
	);
	const [parameter, field, key] =
		type === 'source'
			? ['sourceId', 'Source ID', 'source_id']
			: ['conversationPartId', 'Conversation Part ID', 'conversation_part_id'];
	const partId = requiredString(this, i, parameter, field);
	if (!/^\d+$/.test(partId))
		throw new InputError(field, `"${partId}" is not an Intercom ID (it is a number)`);
	const body: IDataObject = {
		type: type === 'source' ? 'source' : 'conversation_part',
		conversation_id: conversationId,
		[key]: partId,
	};
	return await intercomApiRequest.call(this, 'POST', '/conversations/redact', body);
}
