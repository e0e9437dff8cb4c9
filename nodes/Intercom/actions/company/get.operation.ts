import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import { companyRlc } from '../../descriptions/rlc.description';
import { booleanParameter, requiredId } from '../../helpers/input';
import { simplifyCompanies } from '../../helpers/simplify';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [companyRlc, simplify];

const displayOptions = { show: { resource: ['company'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const companyId = requiredId(this, i, 'companyId', 'Company');
	const company = await intercomApiRequest.call(this, 'GET', apiPath`/companies/${companyId}`);
	return simple ? simplifyCompanies([company])[0] : company;
}
