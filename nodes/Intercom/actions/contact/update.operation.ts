import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { updateContactFields } from '../../descriptions/contact.description';
import { contactRlc } from '../../descriptions/rlc.description';
import { buildContactBody } from '../../helpers/contact';
import { requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contactRlc, ...updateContactFields];

const displayOptions = { show: { resource: ['contact'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	const body = buildContactBody(
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
		this.getTimezone(),
	);
	if (!Object.keys(body).length) {
		throw new InputError('Update Fields', 'add at least one field to change');
	}
	return await intercomApiRequest.call(this, 'PUT', apiPath`/contacts/${contactId}`, body);
}
