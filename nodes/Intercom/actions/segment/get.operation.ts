import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { segmentField } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [segmentField];

const displayOptions = { show: { resource: ['segment'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const segmentId = requiredId(this, i, 'segmentId', 'Segment');
	return await intercomApiRequest.call(this, 'GET', apiPath`/segments/${segmentId}`);
}
