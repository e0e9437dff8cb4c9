import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, simplify } from '../../descriptions/common.description';
import { conversationRlc } from '../../descriptions/rlc.description';
import { booleanParameter, optionalBoolean, requiredId } from '../../helpers/input';
import { simplifyConversations } from '../../helpers/simplify';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	conversationRlc,
	simplify,
	optionsCollection([
		{
			displayName: 'Include Translations',
			name: 'includeTranslations',
			type: 'boolean',
			default: false,
			description: 'Whether to include the translations of conversation parts',
		},
		{
			displayName: 'Plain Text',
			name: 'plainText',
			type: 'boolean',
			default: false,
			description: 'Whether to return message bodies as plain text instead of HTML',
		},
	]),
];

const displayOptions = { show: { resource: ['conversation'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const qs: IDataObject = {};
	if (optionalBoolean('Plain Text', options.plainText)) qs.display_as = 'plaintext';
	if (optionalBoolean('Include Translations', options.includeTranslations))
		qs.include_translations = true;
	const conversation = await intercomApiRequest.call(
		this,
		'GET',
		apiPath`/conversations/${id}`,
		undefined,
		qs,
	);
	return simple ? simplifyConversations([conversation])[0] : conversation;
}
