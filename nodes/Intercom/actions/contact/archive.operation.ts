import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contactRlc];

const displayOptions = { show: { resource: ['contact'], operation: ['archive'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	return await intercomApiRequest.call(this, 'POST', apiPath`/contacts/${contactId}/archive`);
}
