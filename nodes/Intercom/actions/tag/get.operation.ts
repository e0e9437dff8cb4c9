import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { tagRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [tagRlc];

const displayOptions = { show: { resource: ['tag'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const tagId = requiredId(this, i, 'tagId', 'Tag');
	return await intercomApiRequest.call(this, 'GET', apiPath`/tags/${tagId}`);
}
