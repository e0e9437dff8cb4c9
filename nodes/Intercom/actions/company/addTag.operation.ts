import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { companyRlc, tagNameRlc } from '../../descriptions/rlc.description';
import { companyTagBody } from '../../helpers/company';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [companyRlc, tagNameRlc];

const displayOptions = { show: { resource: ['company'], operation: ['addTag'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Tags the company through POST /tags (by tag name; a new name creates the tag). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await intercomApiRequest.call(this, 'POST', '/tags', companyTagBody(this, i, false));
}
