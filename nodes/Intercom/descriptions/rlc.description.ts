import type { INodeProperties } from 'n8n-workflow';

/** An Intercom app URL to a contact: https://app.intercom.com/a/apps/{app}/users/{id}/… (EU/AU hosts too). */
const CONTACT_URL_REGEX =
	'https:\\/\\/app(?:\\.eu|\\.au)?\\.intercom\\.com\\/a\\/apps\\/[^/]+\\/(?:users|leads|contacts)\\/([A-Za-z0-9]+)';

const ID_REGEX = '^[A-Za-z0-9_-]+$';

export function contactLocator(name: string, displayName: string, description?: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a contact…',
				typeOptions: { searchListMethod: 'searchContacts', searchable: true, searchFilterRequired: false },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 6329bd9ffe4e2e91dac76188',
				validation: [
					{ type: 'regex', properties: { regex: ID_REGEX, errorMessage: 'Not a valid Intercom contact ID' } },
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'e.g. https://app.intercom.com/a/apps/abc123/users/6329bd9ffe4e2e91dac76188/all-conversations',
				extractValue: { type: 'regex', regex: CONTACT_URL_REGEX },
				validation: [
					{
						type: 'regex',
						properties: { regex: `${CONTACT_URL_REGEX}.*`, errorMessage: 'Not an Intercom contact URL' },
					},
				],
			},
		],
	};
}

export const contactRlc = contactLocator('contactId', 'Contact', 'The contact (user or lead) to work on');

export const companyRlc: INodeProperties = {
	displayName: 'Company',
	name: 'companyId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: "The company, by Intercom's ID for it (not your company_id)",
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a company…',
			typeOptions: { searchListMethod: 'searchCompanies', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 6762f09a1bb69f9f2193bb34',
			validation: [
				{ type: 'regex', properties: { regex: ID_REGEX, errorMessage: 'Not a valid Intercom company ID' } },
			],
		},
	],
};

export const tagRlc: INodeProperties = {
	displayName: 'Tag',
	name: 'tagId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a tag…',
			typeOptions: { searchListMethod: 'searchTags', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 7522907',
			validation: [{ type: 'regex', properties: { regex: ID_REGEX, errorMessage: 'Not a valid tag ID' } }],
		},
	],
};

/** Subscription types come whole from one request, so a dropdown rather than a locator. */
export const subscriptionTypeField: INodeProperties = {
	displayName: 'Subscription Type Name or ID',
	name: 'subscriptionTypeId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSubscriptionTypes' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/**
 * A tag by its name, for the endpoints that take a tag name (tagging companies through
 * `POST /tags`). A name that doesn't exist yet creates the tag when tagging.
 */
export const tagNameRlc: INodeProperties = {
	displayName: 'Tag',
	name: 'tagName',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The tag, by name. Tagging with a name that does not exist yet creates the tag.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a tag…',
			typeOptions: { searchListMethod: 'searchTagNames', searchable: true },
		},
		{
			displayName: 'By Name',
			name: 'name',
			type: 'string',
			placeholder: 'e.g. VIP',
		},
	],
};

/** A dropdown of items from a loadOptions method, with n8n's "Name or ID" wording. */
export function optionsField(
	name: string,
	displayName: string,
	loadOptionsMethod: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: `${displayName} Name or ID`,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod },
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		...extra,
	};
}

export const adminField = optionsField('adminId', 'Admin', 'getAdmins');
export const teamField = optionsField('teamId', 'Team', 'getTeams');
export const segmentField = optionsField('segmentId', 'Segment', 'getSegments');
