import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { OPERATOR_SYMBOLS } from '../helpers/search';
import type { FieldKind, SearchFieldDef } from '../helpers/searchFields';
import { CUSTOM_KINDS, OPERATORS_BY_KIND } from '../helpers/searchFields';
import { optionsCollection } from './common.description';

/**
 * Operator option values are words, not Intercom's symbols: n8n reads any parameter value that
 * starts with "=" as an expression. `helpers/search.ts` maps them to the symbols.
 */
const operatorOptions: INodePropertyOptions[] = [
	{ name: 'Contains', value: 'contains' },
	{ name: 'Does Not Contain', value: 'notContains' },
	{ name: 'Ends With', value: 'endsWith' },
	{ name: 'Equals', value: 'equals' },
	{ name: 'Greater Than', value: 'gt' },
	{ name: 'Greater Than or Equal', value: 'gte' },
	{ name: 'In List', value: 'in' },
	{ name: 'Less Than', value: 'lt' },
	{ name: 'Less Than or Equal', value: 'lte' },
	{ name: 'Not Equals', value: 'notEquals' },
	{ name: 'Not In List', value: 'notIn' },
	{ name: 'Starts With', value: 'startsWith' },
];

/**
 * One Operator selector per kind of field, each shown for the fields of its kind (custom
 * attributes: for the Field Type chosen), offering only that kind's operators.
 */
function operatorProperties(fields: SearchFieldDef[]): INodeProperties[] {
	const operator = (kind: FieldKind, show: Record<string, string[]>): INodeProperties => ({
		displayName: 'Operator',
		name: 'operator',
		type: 'options',
		options: operatorOptions.filter((o) =>
			OPERATORS_BY_KIND[kind].includes(OPERATOR_SYMBOLS[String(o.value)]),
		),
		default: 'equals',
		displayOptions: { show },
	});
	const kinds = [...new Set(fields.map((f) => f.kind))];
	return [
		...kinds.map((kind) =>
			operator(kind, { field: fields.filter((f) => f.kind === kind).map((f) => f.value) }),
		),
		...CUSTOM_KINDS.map((kind) =>
			operator(kind, { field: ['custom_attribute'], customType: [kind] }),
		),
	];
}

export interface SearchFilterTexts {
	/** The Filters field's description. */
	filters?: string;
	/** Describes the custom attribute name field. */
	customField?: string;
	/** The custom field name's placeholder. */
	customPlaceholder?: string;
	/** The default field of a new condition. */
	defaultField?: string;
	/** The loadOptions method that lists the custom attributes with their types; '' for a name typed by hand. */
	customAttributesMethod?: string;
}

const CONTACT_FILTER_TEXTS: Required<SearchFilterTexts> = {
	filters:
		'Up to 15 conditions. Dates match by calendar day in the workspace’s timezone and take =, &lt; or &gt; only.',
	customField: 'The custom attribute’s name, without the custom_attributes. prefix.',
	customPlaceholder: 'e.g. plan',
	defaultField: 'email',
	customAttributesMethod: 'getContactCustomAttributes',
};

/** The filter builder and raw-JSON alternative shared by the search operations. */
export function searchFilterProperties(
	fields: SearchFieldDef[],
	example: string,
	texts: SearchFilterTexts = {},
): INodeProperties[] {
	const text = { ...CONTACT_FILTER_TEXTS, ...texts };
	// The workspace's custom attributes, each shown with its type, where Intercom lists them.
	const customFieldProperty: INodeProperties = text.customAttributesMethod
		? {
				displayName: 'Custom Attribute Name or ID',
				name: 'customField',
				type: 'options',
				typeOptions: { loadOptionsMethod: text.customAttributesMethod },
				displayOptions: { show: { field: ['custom_attribute'] } },
				default: '',
				description:
					'The custom attribute, shown with its type: pick the same type in Field Type. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			}
		: {
				displayName: 'Field Name (Custom Attribute)',
				name: 'customField',
				type: 'string',
				displayOptions: { show: { field: ['custom_attribute'] } },
				default: '',
				placeholder: text.customPlaceholder,
				description: text.customField,
			};
	const fieldOptions: INodePropertyOptions[] = [
		...fields.map(({ name, value }) => ({ name, value })),
		{ name: 'Custom Attribute', value: 'custom_attribute' },
	].sort((a, b) => a.name.localeCompare(b.name));
	const fieldProperty: INodeProperties = {
		displayName: 'Field',
		name: 'field',
		type: 'options',
		options: fieldOptions,
		default: 'email',
	};
	// The condition's default field depends on the resource (a literal above for the linter).
	fieldProperty.default = text.defaultField;
	return [
		{
			displayName: 'Query Type',
			name: 'queryType',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Filters', value: 'filters', description: 'Build the query from conditions' },
				{
					name: 'JSON',
					value: 'json',
					description: 'Write Intercom’s query object, nested groups included',
				},
			],
			default: 'filters',
		},
		{
			displayName: 'Match',
			name: 'combinator',
			type: 'options',
			displayOptions: { show: { queryType: ['filters'] } },
			options: [
				{ name: 'All Conditions (AND)', value: 'AND' },
				{ name: 'Any Condition (OR)', value: 'OR' },
			],
			default: 'AND',
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'fixedCollection',
			placeholder: 'Add Condition',
			typeOptions: { multipleValues: true },
			displayOptions: { show: { queryType: ['filters'] } },
			default: {},
			description: text.filters,
			options: [
				{
					displayName: 'Condition',
					name: 'conditions',
					values: [
						fieldProperty,
						customFieldProperty,
						{
							displayName: 'Field Type (Custom Attribute)',
							name: 'customType',
							type: 'options',
							displayOptions: { show: { field: ['custom_attribute'] } },
							options: [
								{ name: 'Boolean', value: 'boolean' },
								{ name: 'Date', value: 'date' },
								{ name: 'Number', value: 'integer' },
								{ name: 'String', value: 'string' },
							],
							default: 'string',
						},
						...operatorProperties(fields),
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							description:
								'For In List / Not In List, separate values with commas. Dates: an ISO date or Unix seconds.',
						},
					],
				},
			],
		},
		{
			displayName: 'JSON Query',
			name: 'jsonQuery',
			type: 'json',
			displayOptions: { show: { queryType: ['json'] } },
			default: example,
			description:
				'Intercom’s query: a filter {"field","operator","value"} or a group {"operator":"AND"|"OR","value":[…]}, at most 2 levels deep and 15 filters per group. May also be {"query": …, "sort": …}.',
		},
	];
}

/** Sort By / Sort Order for searches that take Intercom's `sort` object. */
export function searchSortOptions(
	sortFields: INodePropertyOptions[],
	defaultField: string,
): INodeProperties {
	return optionsCollection([
		{
			displayName: 'Sort By',
			name: 'sortField',
			type: 'options',
			options: sortFields,
			default: defaultField,
			description: 'Field to sort the results by',
		},
		{
			displayName: 'Sort Order',
			name: 'sortOrder',
			type: 'options',
			options: [
				{ name: 'Ascending', value: 'ascending' },
				{ name: 'Descending', value: 'descending' },
			],
			default: 'descending',
		},
	]);
}

export const contactSearchFields: SearchFieldDef[] = [
	{ name: 'Android Last Seen At', value: 'android_last_seen_at', kind: 'date' },
	{ name: 'Browser', value: 'browser', kind: 'string' },
	{ name: 'Browser Language', value: 'browser_language', kind: 'string' },
	{ name: 'City', value: 'location.city', kind: 'string' },
	{ name: 'Country', value: 'location.country', kind: 'string' },
	{ name: 'Created At', value: 'created_at', kind: 'date' },
	{ name: 'Email', value: 'email', kind: 'string' },
	{ name: 'Email Domain', value: 'email_domain', kind: 'string' },
	{ name: 'External ID', value: 'external_id', kind: 'string' },
	{ name: 'Has Hard Bounced', value: 'has_hard_bounced', kind: 'boolean' },
	{ name: 'ID', value: 'id', kind: 'string' },
	{ name: 'iOS Last Seen At', value: 'ios_last_seen_at', kind: 'date' },
	{ name: 'Language Override', value: 'language_override', kind: 'string' },
	{ name: 'Last Contacted At', value: 'last_contacted_at', kind: 'date' },
	{ name: 'Last Email Clicked At', value: 'last_email_clicked_at', kind: 'date' },
	{ name: 'Last Email Opened At', value: 'last_email_opened_at', kind: 'date' },
	{ name: 'Last Replied At', value: 'last_replied_at', kind: 'date' },
	{ name: 'Last Seen At', value: 'last_seen_at', kind: 'date' },
	{ name: 'Marked Email As Spam', value: 'marked_email_as_spam', kind: 'boolean' },
	{ name: 'Name', value: 'name', kind: 'string' },
	{ name: 'OS', value: 'os', kind: 'string' },
	{ name: 'Owner ID', value: 'owner_id', kind: 'string' },
	{ name: 'Phone', value: 'phone', kind: 'string' },
	{ name: 'Region', value: 'location.region', kind: 'string' },
	{ name: 'Role', value: 'role', kind: 'string' },
	{ name: 'Segment ID', value: 'segment_id', kind: 'string' },
	{ name: 'Signed Up At', value: 'signed_up_at', kind: 'date' },
	{ name: 'Tag ID', value: 'tag_id', kind: 'tag' },
	{ name: 'Unsubscribed From Emails', value: 'unsubscribed_from_emails', kind: 'boolean' },
	{ name: 'Updated At', value: 'updated_at', kind: 'date' },
];

export const contactSortFields: INodePropertyOptions[] = [
	{ name: 'Created At', value: 'created_at' },
	{ name: 'Email', value: 'email' },
	{ name: 'Last Seen At', value: 'last_seen_at' },
	{ name: 'Name', value: 'name' },
	{ name: 'Signed Up At', value: 'signed_up_at' },
	{ name: 'Updated At', value: 'updated_at' },
];

export const conversationFilterTexts: SearchFilterTexts = {
	filters:
		'Up to 15 conditions. Dates are compared as Unix times (Greater/Less Than include equal). Source Body matches single words.',
	customField: 'The conversation attribute’s name, without the custom_attributes. prefix.',
	customPlaceholder: 'e.g. Priority Reason',
	defaultField: 'state',
	customAttributesMethod: 'getConversationCustomAttributes',
};

export const conversationSearchFields: SearchFieldDef[] = [
	{ name: 'Admin Assignee ID', value: 'admin_assignee_id', kind: 'integer' },
	{ name: 'AI Agent Participated', value: 'ai_agent_participated', kind: 'boolean' },
	{ name: 'Channel Initiated', value: 'channel_initiated', kind: 'string' },
	{ name: 'Contact IDs', value: 'contact_ids', kind: 'string' },
	{ name: 'Created At', value: 'created_at', kind: 'timestamp' },
	{ name: 'ID', value: 'id', kind: 'string' },
	{ name: 'Open', value: 'open', kind: 'boolean' },
	{ name: 'Priority', value: 'priority', kind: 'string' },
	{ name: 'Read', value: 'read', kind: 'boolean' },
	{ name: 'Snoozed Until', value: 'snoozed_until', kind: 'timestamp' },
	{ name: 'Source Author Email', value: 'source.author.email', kind: 'string' },
	{ name: 'Source Author ID', value: 'source.author.id', kind: 'string' },
	{ name: 'Source Author Name', value: 'source.author.name', kind: 'string' },
	{ name: 'Source Author Type', value: 'source.author.type', kind: 'string' },
	{ name: 'Source Body', value: 'source.body', kind: 'string' },
	{ name: 'Source Delivered As', value: 'source.delivered_as', kind: 'string' },
	{ name: 'Source ID', value: 'source.id', kind: 'string' },
	{ name: 'Source Subject', value: 'source.subject', kind: 'string' },
	{ name: 'Source Type', value: 'source.type', kind: 'string' },
	{ name: 'Source URL', value: 'source.url', kind: 'string' },
	{ name: 'State', value: 'state', kind: 'string' },
	{ name: 'Tag IDs', value: 'tag_ids', kind: 'string' },
	{ name: 'Team Assignee ID', value: 'team_assignee_id', kind: 'integer' },
	{ name: 'Teammate IDs', value: 'teammate_ids', kind: 'string' },
	{ name: 'Updated At', value: 'updated_at', kind: 'timestamp' },
	{ name: 'Waiting Since', value: 'waiting_since', kind: 'timestamp' },
];

export const conversationSortFields: INodePropertyOptions[] = [
	{ name: 'Created At', value: 'created_at' },
	{ name: 'Updated At', value: 'updated_at' },
	{ name: 'Waiting Since', value: 'waiting_since' },
];

export const ticketFilterTexts: SearchFilterTexts = {
	filters:
		'Up to 15 conditions. Dates are compared as Unix times. Category takes request (Customer), task (Back-office) or tracker.',
	customField: 'The ticket attribute’s ID (searched as ticket_attribute.{ID})',
	customPlaceholder: 'e.g. 1234',
	defaultField: 'open',
	// Ticket attributes belong to ticket types: the ID is given by hand.
	customAttributesMethod: '',
};

export const ticketSearchFields: SearchFieldDef[] = [
	{ name: 'Admin Assignee ID', value: 'admin_assignee_id', kind: 'string' },
	{ name: 'Category', value: 'category', kind: 'string' },
	{ name: 'Contact IDs', value: 'contact_ids', kind: 'string' },
	{ name: 'Created At', value: 'created_at', kind: 'timestamp' },
	{ name: 'Description', value: 'description', kind: 'string' },
	{ name: 'ID', value: 'id', kind: 'string' },
	{ name: 'Open', value: 'open', kind: 'boolean' },
	{ name: 'Snoozed Until', value: 'snoozed_until', kind: 'timestamp' },
	{ name: 'State', value: 'state', kind: 'string' },
	{ name: 'Team Assignee ID', value: 'team_assignee_id', kind: 'string' },
	{ name: 'Teammate IDs', value: 'teammate_ids', kind: 'string' },
	{ name: 'Ticket Type ID', value: 'ticket_type_id', kind: 'string' },
	{ name: 'Title', value: 'title', kind: 'string' },
	{ name: 'Updated At', value: 'updated_at', kind: 'timestamp' },
];
