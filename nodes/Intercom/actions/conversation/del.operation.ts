import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { conversationRlc } from '../../descriptions/rlc.description';
import { optionalBoolean, requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	conversationRlc,
	optionsCollection([
		{
			displayName: 'Keep Reporting Data',
			name: 'retainMetrics',
			type: 'boolean',
			default: true,
			description: 'Whether the conversation stays in reports after deletion (Intercom’s default)',
		},
	]),
];

const displayOptions = { show: { resource: ['conversation'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const qs: IDataObject = {};
	const retainMetrics = optionalBoolean('Keep Reporting Data', options.retainMetrics);
	if (retainMetrics !== undefined) qs.retain_metrics = retainMetrics;
	return await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/conversations/${id}`,
		undefined,
		qs,
	);
}
