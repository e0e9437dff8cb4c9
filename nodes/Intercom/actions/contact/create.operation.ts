import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { createContactFields } from '../../descriptions/contact.description';
import { buildContactBody } from '../../helpers/contact';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [...createContactFields];

const displayOptions = { show: { resource: ['contact'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const fields: IDataObject = {
		...(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
		role: this.getNodeParameter('role', i),
		email: this.getNodeParameter('email', i, ''),
	};
	const body = buildContactBody(fields, this.getTimezone());
	return await intercomApiRequest.call(this, 'POST', '/contacts', body);
}
