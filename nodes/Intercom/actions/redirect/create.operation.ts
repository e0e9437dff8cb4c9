import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	collectionLocator,
	helpCenterLocator,
	localeField,
} from '../../descriptions/helpCenter.description';
import { absoluteUrl, localeOf } from '../../helpers/helpCenter';
import { optionParameter, requiredId, requiredString } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	helpCenterLocator('helpCenterId', 'Help Center', 'The help center the redirect belongs to'),
	{
		displayName: 'From URL',
		name: 'fromUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://help.example.com/en/articles/123-old-page',
		description:
			'The address to redirect: an absolute URL within the help center’s site (its Intercom or custom domain)',
	},
	{
		displayName: 'Target Type',
		name: 'targetType',
		type: 'options',
		options: [
			{ name: 'Article', value: 'article', description: 'Redirect to an article' },
			{ name: 'Collection', value: 'collection', description: 'Redirect to a collection' },
		],
		default: 'article',
		description: 'What the redirect leads to',
	},
	{
		displayName: 'Target Article ID',
		name: 'targetArticleId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 11',
		description: 'The ID of the article the redirect leads to; it must be in this help center',
		displayOptions: { show: { targetType: ['article'] } },
	},
	{
		...collectionLocator(
			'targetCollectionId',
			'Target Collection',
			'The collection the redirect leads to; it must be in this help center',
		),
		displayOptions: { show: { targetType: ['collection'] } },
	},
	localeField({
		required: true,
		description:
			'The locale of the target’s content to redirect to. For an article without a translation in this locale, Intercom picks the one it has.',
	}),
];

const displayOptions = { show: { resource: ['redirect'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const helpCenterId = requiredId(this, i, 'helpCenterId', 'Help Center', { numeric: true });
	const fromUrl = absoluteUrl('From URL', this.getNodeParameter('fromUrl', i, ''));
	const targetType = optionParameter(
		this,
		i,
		'targetType',
		'Target Type',
		['article', 'collection'],
		'article',
	);
	let targetId: string;
	if (targetType === 'article') {
		targetId = requiredString(this, i, 'targetArticleId', 'Target Article ID');
		if (!/^\d+$/.test(targetId)) {
			throw new InputError('Target Article ID', `"${targetId}" is not an article ID (digits)`);
		}
	} else {
		targetId = requiredId(this, i, 'targetCollectionId', 'Target Collection', { numeric: true });
	}
	const locale = localeOf('Locale', this.getNodeParameter('locale', i, 'en'));
	return await intercomApiRequest.call(
		this,
		'POST',
		apiPath`/help_center/help_centers/${helpCenterId}/redirects`,
		{ from_url: fromUrl, locale, target_type: targetType, target_id: targetId },
	);
}
