import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { tagRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [tagRlc];

const displayOptions = { show: { resource: ['tag'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Intercom answers an empty 200; the output says which tag was deleted. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const tagId = requiredId(this, i, 'tagId', 'Tag');
	const response: unknown = await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/tags/${tagId}`,
		undefined,
		undefined,
		{
			expect: 'objectOrEmpty',
		},
	);
	return response && typeof response === 'object'
		? (response as IDataObject)
		: { id: tagId, deleted: true };
}
