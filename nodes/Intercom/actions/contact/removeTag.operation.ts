import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactRlc, tagRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contactRlc, tagRlc];

const displayOptions = { show: { resource: ['contact'], operation: ['removeTag'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	const tagId = requiredId(this, i, 'tagId', 'Tag');
	return await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/contacts/${contactId}/tags/${tagId}`,
	);
}
