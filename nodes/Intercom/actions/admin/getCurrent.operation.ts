import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [];

const displayOptions = { show: { resource: ['admin'], operation: ['getCurrent'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /me: the admin the credential acts as, with its workspace (app). */
export async function execute(this: IExecuteFunctions): Promise<IDataObject> {
	return await intercomApiRequest.call(this, 'GET', '/me');
}
