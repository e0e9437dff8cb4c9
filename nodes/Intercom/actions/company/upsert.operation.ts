import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { upsertCompanyFields } from '../../descriptions/company.description';
import { buildCompanyBody } from '../../helpers/company';
import { requiredString } from '../../helpers/input';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [...upsertCompanyFields];

const displayOptions = { show: { resource: ['company'], operation: ['upsert'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Intercom's POST /companies creates the company, or updates the one with this company_id. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const companyId = requiredString(this, i, 'companyIdentifier', 'Company ID');
	const body = {
		company_id: companyId,
		...buildCompanyBody(
			this.getNodeParameter('additionalFields', i, {}) as IDataObject,
			this.getTimezone(),
		),
	};
	return await intercomApiRequest.call(this, 'POST', '/companies', body);
}
