import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import { booleanParameter } from '../../helpers/input';
import { simplifyContacts } from '../../helpers/simplify';
import { apiPath, intercomApiRequest } from '../../transport';
import { requiredPathValue } from '../paths';

const properties: INodeProperties[] = [
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 625e90fc55ab113b6d92175f',
		description: 'Your own ID for the contact, as set in its External ID',
	},
	simplify,
];

const displayOptions = { show: { resource: ['contact'], operation: ['getByExternalId'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const externalId = requiredPathValue(this, i, 'externalId', 'External ID');
	const contact = await intercomApiRequest.call(
		this,
		'GET',
		apiPath`/contacts/find_by_external_id/${externalId}`,
	);
	return simple ? simplifyContacts([contact])[0] : contact;
}
