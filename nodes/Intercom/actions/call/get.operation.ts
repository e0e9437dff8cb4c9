import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callRlc } from '../../descriptions/call.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [callRlc];

const displayOptions = { show: { resource: ['call'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /calls/{call_id}: the call, with the URLs of its recording and transcript when it has them. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'callId', 'Call');
	return await intercomApiRequest.call(this, 'GET', apiPath`/calls/${id}`);
}
