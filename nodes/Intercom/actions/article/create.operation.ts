import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	articleAuthorField,
	articleBodyField,
	articleDescriptionField,
	articleStateField,
	articleTitleField,
	parentCollectionRlc,
	translationsField,
} from '../../descriptions/article.description';
import type { TranslationEntry } from '../../helpers/article';
import { articleBodyFrom } from '../../helpers/article';
import { requiredId, requiredPlainText } from '../../helpers/input';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{ ...articleTitleField, required: true },
	articleAuthorField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			articleBodyField,
			articleDescriptionField,
			parentCollectionRlc,
			{
				...articleStateField,
				description: 'Whether the article goes live at once (default: draft)',
			},
		],
	},
	translationsField({ withState: true }),
];

const displayOptions = { show: { resource: ['article'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const title = requiredPlainText(this, i, 'title', 'Title');
	const authorId = requiredId(this, i, 'authorId', 'Author', { numeric: true });
	const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const translations = this.getNodeParameter('translations.translation', i, []) as
		| TranslationEntry[]
		| undefined;
	const body = articleBodyFrom({ ...fields, title, authorId }, translations, 'create');
	return await intercomApiRequest.call(this, 'POST', '/articles', body);
}
