import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	availabilityFields,
	jsonBlocksField,
	localeField,
} from '../../descriptions/knowledge.description';
import { requiredPlainText } from '../../helpers/input';
import { snippetBody } from '../../helpers/knowledge';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. How to reset your password',
	},
	{
		displayName: 'Body (Markdown)',
		name: 'bodyMarkdown',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		placeholder: 'e.g. Go to **Settings › Security** and choose Reset password.',
		description:
			'The snippet’s content as Markdown. Leave empty to give JSON Blocks instead (in Additional Fields).',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...availabilityFields, jsonBlocksField, localeField].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	},
];

const displayOptions = { show: { resource: ['contentSnippet'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const fields = {
		...(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
		bodyMarkdown: this.getNodeParameter('bodyMarkdown', i, ''),
	};
	const body: IDataObject = {
		title: requiredPlainText(this, i, 'title', 'Title'),
		...snippetBody(fields, { contentRequired: true }),
	};
	return await intercomApiRequest.call(this, 'POST', '/content_snippets', body);
}
