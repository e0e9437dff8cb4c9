import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adminField } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [adminField];

const displayOptions = { show: { resource: ['admin'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const adminId = requiredId(this, i, 'adminId', 'Admin', { numeric: true });
	return await intercomApiRequest.call(this, 'GET', apiPath`/admins/${adminId}`);
}
