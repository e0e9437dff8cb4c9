import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contentSnippetRlc } from '../../descriptions/knowledge.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contentSnippetRlc];

const displayOptions = { show: { resource: ['contentSnippet'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Intercom answers 204 without a body; the output says which snippet was deleted. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'contentSnippetId', 'Content Snippet');
	const response: unknown = await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/content_snippets/${id}`,
		undefined,
		undefined,
		{ expect: 'objectOrEmpty' },
	);
	return response && typeof response === 'object'
		? (response as IDataObject)
		: { id, object: 'content_snippet', deleted: true };
}
