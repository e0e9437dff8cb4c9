import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.description';
import { contactRlc } from '../../descriptions/rlc.description';
import { limitOf, requiredId } from '../../helpers/input';
import { apiPath, listUnpaged } from '../../transport';

const properties: INodeProperties[] = [contactRlc, ...returnAllOrLimit];

const displayOptions = { show: { resource: ['contact'], operation: ['getCompanies'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The companies the contact belongs to; Intercom returns the whole list in one answer. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	return await listUnpaged.call(this, {
		path: apiPath`/contacts/${contactId}/companies`,
		itemsKeys: ['companies', 'data'],
		limit: limitOf(this, i),
	});
}
