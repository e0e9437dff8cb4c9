import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import { contactRlc } from '../../descriptions/rlc.description';
import { booleanParameter, requiredId } from '../../helpers/input';
import { simplifyContacts } from '../../helpers/simplify';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contactRlc, simplify];

const displayOptions = { show: { resource: ['contact'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	const contact = await intercomApiRequest.call(this, 'GET', apiPath`/contacts/${contactId}`);
	return simple ? simplifyContacts([contact])[0] : contact;
}
