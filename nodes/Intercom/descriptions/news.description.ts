import type { INodeProperties } from 'n8n-workflow';

import { adminField, locator } from './rlc.description';

export const newsItemRlc = locator({
	name: 'newsItemId',
	displayName: 'News Item',
	searchListMethod: 'searchNewsItems',
	listPlaceholder: 'Select a news item…',
	idPlaceholder: 'e.g. 34',
	idRegex: '^\\d+$',
	idError: 'Not a valid news item ID (digits)',
});

export function newsfeedLocator(name: string, description?: string): INodeProperties {
	return locator({
		name,
		displayName: 'Newsfeed',
		description,
		searchListMethod: 'searchNewsfeeds',
		listPlaceholder: 'Select a newsfeed…',
		idPlaceholder: 'e.g. 53',
		idRegex: '^\\d+$',
		idError: 'Not a valid newsfeed ID (digits)',
	});
}

export const newsfeedRlc = newsfeedLocator('newsfeedId');

export const macroRlc = locator({
	name: 'macroId',
	displayName: 'Macro',
	description: 'The macro (saved reply). Intercom only finds macros visible to the token’s admin.',
	searchListMethod: 'searchMacros',
	listPlaceholder: 'Select a macro…',
	idPlaceholder: 'e.g. 123',
	idError: 'Not a valid macro ID',
});

/** Macros are in Intercom's API from version 2.16 on (the 2.15 description has none). */
export const macroVersionNotice: INodeProperties = {
	displayName:
		'Macros are in Intercom’s API from version 2.16: keep the credential’s API Version at 2.16 (its default) for these operations',
	name: 'macroVersionNotice',
	type: 'notice',
	default: '',
};

export const newsItemTitleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Halloween is here!',
};

export const newsItemSenderField: INodeProperties = {
	...adminField,
	displayName: 'Sender Name or ID',
	name: 'senderId',
	description:
		'The teammate shown as the author of the news item. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const newsItemBodyField: INodeProperties = {
	displayName: 'Body',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 5 },
	default: '',
	placeholder: 'e.g. <p>New costumes in store for this spooky season</p>',
	hint: 'HTML: wrap paragraphs in &lt;p&gt;; links, bold and lists are kept',
	description: 'The content of the news item, in HTML',
};

/** The optional fields of a news item, shared by Create (Additional Fields) and Update (Update Fields). */
export const newsItemOptionalFields: INodeProperties[] = [
	{
		displayName: 'Deliver Silently',
		name: 'deliverSilently',
		type: 'boolean',
		default: false,
		description:
			'Whether the news item appears in the Messenger newsfeed without a notification badge',
	},
	{
		displayName: 'Labels',
		name: 'labels',
		type: 'string',
		default: '',
		placeholder: 'e.g. Product, Update',
		description:
			'Label names shown to users to categorize the news item, separated by commas. Left empty, the news item has no labels.',
	},
	{
		displayName: 'Newsfeed Assignments',
		name: 'newsfeedAssignments',
		type: 'fixedCollection',
		placeholder: 'Add Newsfeed',
		typeOptions: { multipleValues: true },
		default: {},
		description:
			'The newsfeeds the news item is shown in. Users see it there once its state is Live.',
		options: [
			{
				displayName: 'Assignment',
				name: 'assignment',
				values: [
					newsfeedLocator('newsfeedId', 'The newsfeed to show the news item in'),
					{
						displayName: 'Published At',
						name: 'publishedAt',
						type: 'dateTime',
						default: '',
						description:
							'Publish date on this newsfeed, for a date in the past (e.g. when importing news). Cannot be in the future; ignored while the news item is a draft. Default: when it goes live.',
					},
				],
			},
		],
	},
	{
		displayName: 'Reactions',
		name: 'reactions',
		type: 'string',
		default: '',
		placeholder: 'e.g. 😆, 😅',
		description:
			'The emoji users can react with, in order, separated by commas. Left empty, reactions are switched off.',
	},
	{
		displayName: 'State',
		name: 'state',
		type: 'options',
		options: [
			{
				name: 'Draft',
				value: 'draft',
				description: 'Not shown to users',
			},
			{
				name: 'Live',
				value: 'live',
				description: 'Shown to users in its newsfeeds',
			},
		],
		default: 'draft',
	},
];
