import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { companyRlc, tagNameRlc } from '../../descriptions/rlc.description';
import { requiredId, requiredString } from '../../helpers/input';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [companyRlc, tagNameRlc];

const displayOptions = { show: { resource: ['company'], operation: ['addTag'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Tags the company through POST /tags (by tag name; a new name creates the tag). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const companyId = requiredId(this, i, 'companyId', 'Company');
	const tagName = requiredString(this, i, 'tagName', 'Tag');
	return await intercomApiRequest.call(this, 'POST', '/tags', {
		name: tagName,
		companies: [{ id: companyId }],
	});
}
