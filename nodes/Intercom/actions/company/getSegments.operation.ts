import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.description';
import { companyRlc } from '../../descriptions/rlc.description';
import { limitOf, requiredId } from '../../helpers/input';
import { apiPath, listUnpaged } from '../../transport';

const properties: INodeProperties[] = [companyRlc, ...returnAllOrLimit];

const displayOptions = { show: { resource: ['company'], operation: ['getSegments'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The segments the company is in; Intercom returns the whole list in one answer. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const companyId = requiredId(this, i, 'companyId', 'Company');
	return await listUnpaged.call(this, {
		path: apiPath`/companies/${companyId}/segments`,
		itemsKeys: ['data', 'segments'],
		limit: limitOf(this, i),
	});
}
