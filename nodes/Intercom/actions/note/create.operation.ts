import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adminField } from '../../descriptions/rlc.description';
import { requiredId, requiredString } from '../../helpers/input';
import { noteOwnerFields } from '../../descriptions/note.description';
import { intercomApiRequest } from '../../transport';
import { notesEndpoint } from '../paths';

const properties: INodeProperties[] = [
	...noteOwnerFields,
	{
		...adminField,
		displayName: 'Author Name or ID',
		description:
			'The admin the note is written by. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'The text of the note. Simple HTML such as &lt;p&gt; and &lt;b&gt; is kept.',
	},
];

const displayOptions = { show: { resource: ['note'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const endpoint = notesEndpoint(this, i);
	const adminId = requiredId(this, i, 'adminId', 'Author', { numeric: true });
	const body = requiredString(this, i, 'body', 'Body');
	return await intercomApiRequest.call(this, 'POST', endpoint, { admin_id: adminId, body });
}
