import type { INodeProperties } from 'n8n-workflow';

/** An Intercom app URL to a contact: https://app.intercom.com/a/apps/{app}/users/{id}/… (EU/AU hosts too). */
const CONTACT_URL_REGEX =
	'https:\\/\\/app(?:\\.eu|\\.au)?\\.intercom\\.com\\/a\\/apps\\/[^/]+\\/(?:users|leads|contacts)\\/([A-Za-z0-9]+)';

const ID_REGEX = '^[A-Za-z0-9_-]+$';

/**
 * A locator picked from a searchable list or given by ID, and by Intercom app URL (the ID taken
 * from the URL) for the entities that have one.
 */
export function locator(options: {
	name: string;
	displayName: string;
	description?: string;
	searchListMethod: string;
	listPlaceholder: string;
	idPlaceholder: string;
	idRegex?: string;
	idError: string;
	url?: { placeholder: string; regex: string; error: string };
}): INodeProperties {
	const url = options.url;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		...(options.description ? { description: options.description } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: options.listPlaceholder,
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder,
				validation: [
					{
						type: 'regex',
						properties: { regex: options.idRegex ?? ID_REGEX, errorMessage: options.idError },
					},
				],
			},
			...(url
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: url.placeholder,
							extractValue: { type: 'regex' as const, regex: url.regex },
							validation: [
								{
									type: 'regex' as const,
									properties: { regex: `${url.regex}.*`, errorMessage: url.error },
								},
							],
						},
					]
				: []),
		],
	};
}

export function contactLocator(
	name: string,
	displayName: string,
	description?: string,
): INodeProperties {
	return locator({
		name,
		displayName,
		description,
		searchListMethod: 'searchContacts',
		listPlaceholder: 'Select a contact…',
		idPlaceholder: 'e.g. 6329bd9ffe4e2e91dac76188',
		idError: 'Not a valid Intercom contact ID',
		url: {
			placeholder:
				'e.g. https://app.intercom.com/a/apps/abc123/users/6329bd9ffe4e2e91dac76188/all-conversations',
			regex: CONTACT_URL_REGEX,
			error: 'Not an Intercom contact URL',
		},
	});
}

export const contactRlc = contactLocator(
	'contactId',
	'Contact',
	'The contact (user or lead) to work on',
);

export const companyRlc = locator({
	name: 'companyId',
	displayName: 'Company',
	description: "The company, by Intercom's ID for it (not your company_id)",
	searchListMethod: 'searchCompanies',
	listPlaceholder: 'Select a company…',
	idPlaceholder: 'e.g. 6762f09a1bb69f9f2193bb34',
	idError: 'Not a valid Intercom company ID',
});

export const tagRlc = locator({
	name: 'tagId',
	displayName: 'Tag',
	searchListMethod: 'searchTags',
	listPlaceholder: 'Select a tag…',
	idPlaceholder: 'e.g. 7522907',
	idError: 'Not a valid tag ID',
});

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

/**
 * An Intercom inbox URL to a conversation (or a ticket shown as one), on any region's host:
 * https://app.intercom.com/a/inbox/{app}/inbox/…/conversation/{id} or /a/apps/{app}/…/conversations/{id}.
 */
const CONVERSATION_URL_REGEX =
	'https:\\/\\/app(?:\\.eu|\\.au)?\\.intercom\\.com\\/a\\/(?:inbox|apps)\\/[^/]+\\/(?:[^?#]*\\/)?conversations?\\/(\\d+)';

export function conversationLocator(
	name: string,
	displayName: string,
	description?: string,
	list: { searchListMethod: string; listPlaceholder: string } = {
		searchListMethod: 'searchConversations',
		listPlaceholder: 'Select a conversation…',
	},
): INodeProperties {
	return locator({
		name,
		displayName,
		description,
		...list,
		idPlaceholder: 'e.g. 215471063127583',
		idRegex: '^\\d+$',
		idError: 'Not a valid Intercom conversation ID (digits)',
		url: {
			placeholder:
				'e.g. https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215471063127583',
			regex: CONVERSATION_URL_REGEX,
			error: 'Not an Intercom conversation URL',
		},
	});
}

export const conversationRlc = conversationLocator('conversationId', 'Conversation');

export const ticketRlc = locator({
	name: 'ticketId',
	displayName: 'Ticket',
	description:
		'The ticket, by its API ID (the ID field of the ticket object, not the #number shown in the Inbox)',
	searchListMethod: 'searchTickets',
	listPlaceholder: 'Select a ticket…',
	idPlaceholder: 'e.g. 1295',
	idError: 'Not a valid ticket ID',
});

/** A tracker ticket (conversations and customer tickets are linked to trackers), picked among trackers. */
export const trackerTicketRlc = locator({
	name: 'ticketId',
	displayName: 'Tracker Ticket',
	description:
		'The tracker ticket, by its API ID (the ID field of the ticket object, not the #number shown in the Inbox). Only tracker tickets have linked conversations.',
	searchListMethod: 'searchTrackerTickets',
	listPlaceholder: 'Select a tracker ticket…',
	idPlaceholder: 'e.g. 1295',
	idError: 'Not a valid ticket ID',
});

/** A conversation (or customer ticket) linked to the chosen tracker ticket, listed from the ticket's links. */
export const linkedConversationRlc = conversationLocator(
	'linkedConversationId',
	'Linked Conversation',
	'The conversation or customer ticket to unlink: one of those linked to the tracker ticket',
	{
		searchListMethod: 'searchLinkedConversations',
		listPlaceholder: 'Select a linked conversation…',
	},
);

/** Ticket types come whole from one request: a dropdown. */
export const ticketTypeField = optionsField('ticketTypeId', 'Ticket Type', 'getTicketTypes');

/**
 * The admin on whose behalf Intercom records an action (replies, state changes, tags). Callers
 * may replace the description with one saying what the admin does.
 */
export function actingAdminField(name = 'adminId', displayName = 'Admin'): INodeProperties {
	return optionsField(name, displayName, 'getAdmins', {
		description:
			'The teammate the action is made as. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	});
}
