import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import { companyRlc } from '../../descriptions/rlc.description';
import { booleanParameter, limitOf, requiredId } from '../../helpers/input';
import { simplifyContacts } from '../../helpers/simplify';
import { apiPath, listByPagesNext } from '../../transport';

const properties: INodeProperties[] = [companyRlc, ...returnAllOrLimit, simplify];

const displayOptions = { show: { resource: ['company'], operation: ['getContacts'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The contacts attached to the company, following Intercom's numbered pages. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const companyId = requiredId(this, i, 'companyId', 'Company');
	const contacts = await listByPagesNext.call(this, {
		path: apiPath`/companies/${companyId}/contacts`,
		itemsKey: 'data',
		limit: limitOf(this, i),
	});
	return simple ? simplifyContacts(contacts) : contacts;
}
