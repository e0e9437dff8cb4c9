import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { companyRlc, tagNameRlc } from '../../descriptions/rlc.description';
import { requiredId, requiredString } from '../../helpers/input';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [companyRlc, tagNameRlc];

const displayOptions = { show: { resource: ['company'], operation: ['removeTag'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Untags the company through POST /tags with `untag: true`. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const companyId = requiredId(this, i, 'companyId', 'Company');
	const tagName = requiredString(this, i, 'tagName', 'Tag');
	return await intercomApiRequest.call(this, 'POST', '/tags', {
		name: tagName,
		companies: [{ id: companyId, untag: true }],
	});
}
