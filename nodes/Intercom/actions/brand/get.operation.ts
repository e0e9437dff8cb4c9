import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { brandRlc } from '../../descriptions/brand.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [brandRlc];

const displayOptions = { show: { resource: ['brand'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'brandId', 'Brand');
	return await intercomApiRequest.call(this, 'GET', apiPath`/brands/${id}`);
}
