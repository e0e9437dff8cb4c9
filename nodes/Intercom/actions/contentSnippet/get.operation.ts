import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contentSnippetRlc } from '../../descriptions/knowledge.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contentSnippetRlc];

const displayOptions = { show: { resource: ['contentSnippet'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'contentSnippetId', 'Content Snippet');
	return await intercomApiRequest.call(this, 'GET', apiPath`/content_snippets/${id}`);
}
