import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callRlc } from '../../descriptions/call.description';
import { optionParameter, requiredId } from '../../helpers/input';
import { apiPath, intercomDownload, readText } from '../../transport';
import { fileOutput, outputFieldOf, outputFileField } from '../files';
import type { OperationResult } from '../operation';

const properties: INodeProperties[] = [
	callRlc,
	{
		displayName: 'Output As',
		name: 'outputAs',
		type: 'options',
		options: [
			{
				name: 'Text',
				value: 'text',
				description: 'The transcript in the item’s "transcript" field',
			},
			{
				name: 'File',
				value: 'file',
				description: 'The transcript as a .txt file (n8n binary data)',
			},
		],
		default: 'text',
	},
	{ ...outputFileField, default: 'data', displayOptions: { show: { outputAs: ['file'] } } },
];

const displayOptions = { show: { resource: ['call'], operation: ['getTranscript'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /calls/{call_id}/transcript (text/plain), as text or as a file. */
export async function execute(this: IExecuteFunctions, i: number): Promise<OperationResult> {
	const id = requiredId(this, i, 'callId', 'Call');
	const asFile =
		optionParameter(this, i, 'outputAs', 'Output As', ['text', 'file'], 'text') === 'file';
	const field = asFile ? outputFieldOf(this, i) : '';
	const file = await intercomDownload.call(this, apiPath`/calls/${id}/transcript`, undefined, {
		accept: 'text/plain',
	});
	if (asFile) {
		return await fileOutput(
			this,
			field,
			file,
			{ call_id: id },
			{
				fileName: `call-${id}-transcript.txt`,
				mimeType: 'text/plain',
			},
		);
	}
	return { call_id: id, transcript: (await readText(file.stream)).trimEnd() };
}
