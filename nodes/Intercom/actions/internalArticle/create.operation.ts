import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	availabilityFields,
	bodyHtmlField,
	bodyMarkdownField,
} from '../../descriptions/knowledge.description';
import { optionsField } from '../../descriptions/rlc.description';
import { requiredPlainText } from '../../helpers/input';
import { adminIdNumber, knowledgeBody } from '../../helpers/knowledge';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. How we handle refunds',
	},
	optionsField('authorId', 'Author', 'getAdmins', {
		description:
			'The teammate shown as the author. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	optionsField('ownerId', 'Owner', 'getAdmins', {
		description:
			'The teammate responsible for keeping it current. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...availabilityFields, bodyHtmlField, bodyMarkdownField].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	},
];

const displayOptions = { show: { resource: ['internalArticle'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const body: IDataObject = {
		title: requiredPlainText(this, i, 'title', 'Title'),
		author_id: adminIdNumber('Author', this.getNodeParameter('authorId', i, '')),
		owner_id: adminIdNumber('Owner', this.getNodeParameter('ownerId', i, '')),
		...knowledgeBody(this.getNodeParameter('additionalFields', i, {}) as IDataObject, 'body'),
	};
	return await intercomApiRequest.call(this, 'POST', '/internal_articles', body);
}
