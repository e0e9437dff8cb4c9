import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callRlc } from '../../descriptions/call.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomRedirectedFile } from '../../transport';
import { fileOutput, outputFieldOf, outputFileField } from '../files';
import type { FileOutput } from '../operation';

const properties: INodeProperties[] = [callRlc, outputFileField];

const displayOptions = { show: { resource: ['call'], operation: ['getRecording'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * GET /calls/{call_id}/recording answers a 302 to a signed file URL: the recording is fetched from
 * there without the token, as n8n binary data.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<FileOutput> {
	const id = requiredId(this, i, 'callId', 'Call');
	const field = outputFieldOf(this, i);
	const file = await intercomRedirectedFile.call(this, apiPath`/calls/${id}/recording`);
	return await fileOutput(
		this,
		field,
		file,
		{ call_id: id },
		{
			fileName: `call-${id}-recording.mp3`,
			mimeType: 'audio/mpeg',
		},
	);
}
