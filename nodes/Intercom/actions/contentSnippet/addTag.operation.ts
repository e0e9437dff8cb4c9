import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contentSnippetRlc } from '../../descriptions/knowledge.description';
import { tagRlc } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contentSnippetRlc, tagRlc];

const displayOptions = { show: { resource: ['contentSnippet'], operation: ['addTag'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Applies an existing tag to the snippet; Intercom answers with the tag applied. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'contentSnippetId', 'Content Snippet');
	const tagId = requiredId(this, i, 'tagId', 'Tag');
	return await intercomApiRequest.call(this, 'POST', apiPath`/content_snippets/${id}/tags`, {
		id: tagId,
	});
}
