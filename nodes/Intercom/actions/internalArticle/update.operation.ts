import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	availabilityFields,
	bodyHtmlField,
	bodyMarkdownField,
	internalArticleRlc,
} from '../../descriptions/knowledge.description';
import { optionsField } from '../../descriptions/rlc.description';
import { optionalPlainText, requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { adminIdNumber, knowledgeBody } from '../../helpers/knowledge';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	internalArticleRlc,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...availabilityFields,
			bodyHtmlField,
			bodyMarkdownField,
			optionsField('authorId', 'Author', 'getAdmins', { required: false }),
			optionsField('ownerId', 'Owner', 'getAdmins', { required: false }),
			{ displayName: 'Title', name: 'title', type: 'string' as const, default: '' },
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];

const displayOptions = { show: { resource: ['internalArticle'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'internalArticleId', 'Internal Article', { numeric: true });
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = knowledgeBody(fields, 'body');
	const title = optionalPlainText('Title', fields.title);
	if (title !== undefined) body.title = title;
	if (fields.authorId !== undefined) body.author_id = adminIdNumber('Author', fields.authorId);
	if (fields.ownerId !== undefined) body.owner_id = adminIdNumber('Owner', fields.ownerId);
	if (!Object.keys(body).length)
		throw new InputError('Update Fields', 'add at least one field to change');
	return await intercomApiRequest.call(this, 'PUT', apiPath`/internal_articles/${id}`, body);
}
