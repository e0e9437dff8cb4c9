import type { INodeProperties } from 'n8n-workflow';

import { HELP_CENTER_LOCALES } from '../helpers/helpCenter';
import { locator } from './rlc.description';

/** Help centers and collections have numeric IDs (`help_center_id`, `collection_id` are integers). */
const NUMERIC_ID_REGEX = '^\\d+$';

/**
 * A collection's page on a Help Center site, on Intercom's or a custom domain:
 * https://help.example.com/en/collections/3937924-getting-started (the ID before the slug).
 */
const COLLECTION_URL_REGEX = 'https?:\\/\\/[^/?#]+\\/(?:[^?#]*\\/)?collections\\/(\\d+)';

/** A help center picked from the workspace's help centers or given by ID. */
export function helpCenterLocator(
	name = 'helpCenterId',
	displayName = 'Help Center',
	description?: string,
): INodeProperties {
	return locator({
		name,
		displayName,
		description,
		searchListMethod: 'searchHelpCenters',
		listPlaceholder: 'Select a help center…',
		idPlaceholder: 'e.g. 93',
		idRegex: NUMERIC_ID_REGEX,
		idError: 'Not a valid help center ID (digits)',
	});
}

export const helpCenterRlc = helpCenterLocator();

/** A Help Center collection picked from the list, by ID, or by the URL of its page. */
export function collectionLocator(
	name = 'collectionId',
	displayName = 'Collection',
	description?: string,
): INodeProperties {
	return locator({
		name,
		displayName,
		description,
		searchListMethod: 'searchCollections',
		listPlaceholder: 'Select a collection…',
		idPlaceholder: 'e.g. 6871119',
		idRegex: NUMERIC_ID_REGEX,
		idError: 'Not a valid collection ID (digits)',
		url: {
			placeholder: 'e.g. https://help.example.com/en/collections/6871119-getting-started',
			regex: COLLECTION_URL_REGEX,
			error: 'Not the URL of a Help Center collection (…/collections/{ID}-…)',
		},
	});
}

export const collectionRlc = collectionLocator();

/** A redirect of the help center chosen in the node's Help Center field. */
export const redirectRlc = locator({
	name: 'redirectId',
	displayName: 'Redirect',
	description: 'The redirect, listed by its source URL',
	searchListMethod: 'searchRedirects',
	listPlaceholder: 'Select a redirect…',
	idPlaceholder: 'e.g. 26',
	idError: 'Not a valid redirect ID',
});

/** A locale of Intercom's Help Center locales. */
export function localeField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Locale',
		name: 'locale',
		type: 'options',
		options: HELP_CENTER_LOCALES.map(({ name, value }) => ({ name: `${name} (${value})`, value })),
		default: 'en',
		...extra,
	};
}

/** Translations of a collection's name and description, one entry per locale (`translated_content`). */
export const collectionTranslationsField: INodeProperties = {
	displayName: 'Translations',
	name: 'translations',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Translation',
	default: {},
	description:
		'The name and description in other locales of a multilingual help center, one entry per locale',
	options: [
		{
			displayName: 'Translation',
			name: 'translation',
			values: [
				localeField({ description: 'The locale of this translation, used once' }),
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'The collection’s name in this locale',
				},
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
					description: 'The collection’s description in this locale',
				},
			],
		},
	],
};

/** The optional fields of a collection shared by Create (Additional Fields) and Update (Update Fields). */
export const collectionDescriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	description: 'The collection’s description, in the help center’s default language',
};

export const parentCollectionField: INodeProperties = {
	...collectionLocator(
		'parentId',
		'Parent Collection',
		'The collection this one is nested in. Without it, the collection is at the top level.',
	),
	required: false,
};
