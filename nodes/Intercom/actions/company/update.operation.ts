import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { updateCompanyFields } from '../../descriptions/company.description';
import { companyRlc } from '../../descriptions/rlc.description';
import { buildCompanyBody } from '../../helpers/company';
import { requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [companyRlc, ...updateCompanyFields];

const displayOptions = { show: { resource: ['company'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const companyId = requiredId(this, i, 'companyId', 'Company');
	const body = buildCompanyBody(
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
		this.getTimezone(),
	);
	if (!Object.keys(body).length) {
		throw new InputError('Update Fields', 'add at least one field to change');
	}
	return await intercomApiRequest.call(this, 'PUT', apiPath`/companies/${companyId}`, body);
}
