import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { companyRlc, contactRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contactRlc, companyRlc];

const displayOptions = { show: { resource: ['contact'], operation: ['detachCompany'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	const companyId = requiredId(this, i, 'companyId', 'Company');
	return await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/contacts/${contactId}/companies/${companyId}`,
	);
}
