import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { macroRlc, macroVersionNotice } from '../../descriptions/news.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [macroVersionNotice, macroRlc];

const displayOptions = { show: { resource: ['macro'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** A macro visible to the token's admin; one that is not (or is gone) is a 404. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'macroId', 'Macro');
	return await intercomApiRequest.call(this, 'GET', apiPath`/macros/${id}`);
}
