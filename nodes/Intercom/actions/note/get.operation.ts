import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Note ID',
		name: 'noteId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 26',
	},
];

const displayOptions = { show: { resource: ['note'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const noteId = requiredId(this, i, 'noteId', 'Note ID', { numeric: true });
	return await intercomApiRequest.call(this, 'GET', apiPath`/notes/${noteId}`);
}
