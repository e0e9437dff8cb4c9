import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requiredString } from '../../helpers/input';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Visitor User ID',
		name: 'visitorUserId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3',
		description:
			'The user_id Intercom generated for the visitor (Intercom finds visitors only by it)',
	},
];

const displayOptions = { show: { resource: ['visitor'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const userId = requiredString(this, i, 'visitorUserId', 'Visitor User ID');
	return await intercomApiRequest.call(this, 'GET', '/visitors', undefined, { user_id: userId });
}
