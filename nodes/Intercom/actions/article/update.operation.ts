import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	articleAuthorField,
	articleBodyField,
	articleDescriptionField,
	articleRlc,
	articleStateField,
	articleTitleField,
	parentCollectionRlc,
	translationsField,
} from '../../descriptions/article.description';
import type { TranslationEntry } from '../../helpers/article';
import { articleBodyFrom } from '../../helpers/article';
import { requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	articleRlc,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ ...articleAuthorField, required: false },
			articleBodyField,
			articleDescriptionField,
			parentCollectionRlc,
			{
				...articleStateField,
				description:
					'Publish or unpublish the article. Without it the state stays, and changes to a published article go live at once.',
			},
			articleTitleField,
		],
	},
	translationsField({ withState: true }),
];

const displayOptions = { show: { resource: ['article'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'articleId', 'Article', { numeric: true });
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const translations = this.getNodeParameter('translations.translation', i, []) as
		| TranslationEntry[]
		| undefined;
	const body = articleBodyFrom(fields, translations, 'update');
	if (!Object.keys(body).length) {
		throw new InputError('Update Fields', 'add at least one field or translation to change');
	}
	return await intercomApiRequest.call(this, 'PUT', apiPath`/articles/${id}`, body);
}
