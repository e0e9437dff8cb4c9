import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	availabilityFields,
	bodyMarkdownField,
	contentSnippetRlc,
	jsonBlocksField,
	localeField,
} from '../../descriptions/knowledge.description';
import { optionalPlainText, requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { snippetBody } from '../../helpers/knowledge';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	contentSnippetRlc,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...availabilityFields,
			bodyMarkdownField,
			jsonBlocksField,
			localeField,
			{ displayName: 'Title', name: 'title', type: 'string' as const, default: '' },
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];

const displayOptions = { show: { resource: ['contentSnippet'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'contentSnippetId', 'Content Snippet');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = snippetBody(fields, { contentRequired: false });
	const title = optionalPlainText('Title', fields.title);
	if (title !== undefined) body.title = title;
	if (!Object.keys(body).length)
		throw new InputError('Update Fields', 'add at least one field to change');
	return await intercomApiRequest.call(this, 'PUT', apiPath`/content_snippets/${id}`, body);
}
