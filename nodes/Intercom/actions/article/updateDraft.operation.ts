import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	articleAuthorField,
	articleBodyField,
	articleDescriptionField,
	articleRlc,
	articleTitleField,
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
		displayName: 'Draft Fields',
		name: 'draftFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'The changes to stage. The article must have been published; the live article stays as it is until the draft is published.',
		options: [
			{ ...articleAuthorField, required: false },
			articleBodyField,
			articleDescriptionField,
			articleTitleField,
		],
	},
	translationsField({ withState: false }),
];

const displayOptions = { show: { resource: ['article'], operation: ['updateDraft'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** PUT /articles/{id}/draft stages content only (title, description, body, author), per locale too. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'articleId', 'Article', { numeric: true });
	const fields = this.getNodeParameter('draftFields', i, {}) as IDataObject;
	const translations = this.getNodeParameter('translations.translation', i, []) as
		| TranslationEntry[]
		| undefined;
	const body = articleBodyFrom(fields, translations, 'draft');
	if (!Object.keys(body).length) {
		throw new InputError('Draft Fields', 'add at least one field or translation to stage');
	}
	return await intercomApiRequest.call(this, 'PUT', apiPath`/articles/${id}/draft`, body);
}
