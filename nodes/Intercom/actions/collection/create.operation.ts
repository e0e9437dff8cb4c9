import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	collectionDescriptionField,
	collectionTranslationsField,
	helpCenterLocator,
	parentCollectionField,
} from '../../descriptions/helpCenter.description';
import type { TranslationEntry } from '../../helpers/helpCenter';
import { groupTranslatedContent, optionalLocatorId } from '../../helpers/helpCenter';
import { optionalPlainText, requiredPlainText } from '../../helpers/input';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Getting Started',
		description: 'The collection’s name, in the help center’s default language',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			collectionDescriptionField,
			{
				...helpCenterLocator(
					'helpCenterId',
					'Help Center',
					'The help center to create the collection in. Without it, the workspace’s default help center.',
				),
				required: false,
			},
			parentCollectionField,
			collectionTranslationsField,
		],
	},
];

const displayOptions = { show: { resource: ['collection'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const body: IDataObject = { name: requiredPlainText(this, i, 'name', 'Name') };
	const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const text = optionalPlainText('Description', fields.description);
	if (text) body.description = text;
	const helpCenterId = optionalLocatorId(
		this,
		i,
		'additionalFields',
		'helpCenterId',
		'Help Center',
	);
	if (helpCenterId) body.help_center_id = Number(helpCenterId);
	const parentId = optionalLocatorId(this, i, 'additionalFields', 'parentId', 'Parent Collection');
	if (parentId) body.parent_id = parentId;
	const translations = groupTranslatedContent(
		(fields.translations as { translation?: TranslationEntry[] } | undefined)?.translation,
	);
	if (translations) body.translated_content = translations;
	return await intercomApiRequest.call(this, 'POST', '/help_center/collections', body);
}
