import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import { booleanParameter, optionParameter, requiredString } from '../../helpers/input';
import { simplifyCompanies } from '../../helpers/simplify';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Find By',
		name: 'findBy',
		type: 'options',
		options: [
			{ name: 'Company ID', value: 'company_id', description: 'Your own ID for the company' },
			{ name: 'Name', value: 'name', description: 'The exact company name' },
		],
		default: 'company_id',
	},
	{
		displayName: 'Value',
		name: 'findValue',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. acme-42',
		description: 'The company_id or the exact name to look for',
	},
	simplify,
];

const displayOptions = { show: { resource: ['company'], operation: ['find'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /companies?company_id= or ?name=: the matching company (a list answer is unpacked). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const findBy = optionParameter(
		this,
		i,
		'findBy',
		'Find By',
		['company_id', 'name'],
		'company_id',
	);
	const value = requiredString(this, i, 'findValue', findBy === 'name' ? 'Name' : 'Company ID');
	const response = await intercomApiRequest.call(this, 'GET', '/companies', undefined, {
		[findBy]: value,
	});
	const companies =
		response.type === 'list' && Array.isArray(response.data)
			? (response.data as IDataObject[])
			: [response];
	return simple ? simplifyCompanies(companies) : companies;
}
