import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { upsertCompanyFields } from '../../descriptions/company.description';
import { buildCompanyBody } from '../../helpers/company';
import { optionalBoolean, requiredString } from '../../helpers/input';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [...upsertCompanyFields];

const displayOptions = { show: { resource: ['company'], operation: ['upsert'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Intercom's POST /companies creates the company, or updates the one with this company_id. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const companyId = requiredString(this, i, 'companyIdentifier', 'Company ID');
	const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body: IDataObject = {
		company_id: companyId,
		...buildCompanyBody(fields, this.getTimezone()),
	};
	// Create or update only: Intercom's PUT /companies/{id} has no update_last_request_at.
	const touch = optionalBoolean('Update Last Request At', fields.updateLastRequestAt);
	if (touch !== undefined) body.update_last_request_at = touch;
	return await intercomApiRequest.call(this, 'POST', '/companies', body);
}
