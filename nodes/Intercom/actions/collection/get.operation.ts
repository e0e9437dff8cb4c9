import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collectionRlc } from '../../descriptions/helpCenter.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [collectionRlc];

const displayOptions = { show: { resource: ['collection'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const collectionId = requiredId(this, i, 'collectionId', 'Collection', { numeric: true });
	return await intercomApiRequest.call(
		this,
		'GET',
		apiPath`/help_center/collections/${collectionId}`,
	);
}
