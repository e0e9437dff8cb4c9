import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { companyRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [companyRlc];

const displayOptions = { show: { resource: ['company'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Intercom archives the company and detaches its contacts (the contacts stay). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const companyId = requiredId(this, i, 'companyId', 'Company');
	return await intercomApiRequest.call(this, 'DELETE', apiPath`/companies/${companyId}`);
}
