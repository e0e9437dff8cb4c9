import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	collectionDescriptionField,
	collectionRlc,
	collectionTranslationsField,
	parentCollectionField,
} from '../../descriptions/helpCenter.description';
import type { TranslationEntry } from '../../helpers/helpCenter';
import { groupTranslatedContent, optionalLocatorId } from '../../helpers/helpCenter';
import { optionalBoolean, optionalPlainText, requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	collectionRlc,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			collectionDescriptionField,
			{
				displayName: 'Move to Top Level',
				name: 'topLevel',
				type: 'boolean',
				default: true,
				description: 'Whether to take the collection out of its parent collection',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'The collection’s name, in the help center’s default language',
			},
			{
				...parentCollectionField,
				description: 'The collection to move this one into',
			},
			collectionTranslationsField,
		],
	},
];

const displayOptions = { show: { resource: ['collection'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const collectionId = requiredId(this, i, 'collectionId', 'Collection', { numeric: true });
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	const name = optionalPlainText('Name', fields.name);
	if (name) body.name = name;
	if (fields.description !== undefined) {
		// An empty description clears it.
		body.description = optionalPlainText('Description', fields.description) ?? '';
	}
	const parentId = optionalLocatorId(this, i, 'updateFields', 'parentId', 'Parent Collection');
	const topLevel = optionalBoolean('Move to Top Level', fields.topLevel) === true;
	if (parentId && topLevel) {
		throw new InputError('Update Fields', 'give Parent Collection or Move to Top Level, not both');
	}
	if (parentId === collectionId) {
		throw new InputError('Parent Collection', 'a collection cannot be its own parent');
	}
	if (parentId) body.parent_id = parentId;
	if (topLevel) body.parent_id = null;
	const translations = groupTranslatedContent(
		(fields.translations as { translation?: TranslationEntry[] } | undefined)?.translation,
	);
	if (translations) body.translated_content = translations;
	if (!Object.keys(body).length) {
		throw new InputError('Update Fields', 'add at least one field to change');
	}
	return await intercomApiRequest.call(
		this,
		'PUT',
		apiPath`/help_center/collections/${collectionId}`,
		body,
	);
}
