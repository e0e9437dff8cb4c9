import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.description';
import { limitOf } from '../../helpers/input';
import { noteOwnerFields } from '../../descriptions/note.description';
import { listByPagesNext } from '../../transport';
import { notesEndpoint } from '../paths';

const properties: INodeProperties[] = [...noteOwnerFields, ...returnAllOrLimit];

const displayOptions = { show: { resource: ['note'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The notes of a contact or a company, newest first, following Intercom's pages. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	return await listByPagesNext.call(this, {
		path: notesEndpoint(this, i),
		itemsKey: 'data',
		limit: limitOf(this, i),
	});
}
