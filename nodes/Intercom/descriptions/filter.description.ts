import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { FieldKind } from '../helpers/search';

export interface SearchFieldDef {
	name: string;
	value: string;
	kind: FieldKind;
}

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

/** The filter builder and raw-JSON alternative shared by the search operations. */
export function searchFilterProperties(fields: SearchFieldDef[], example: string): INodeProperties[] {
	const fieldOptions: INodePropertyOptions[] = [
		...fields.map(({ name, value }) => ({ name, value })),
		{ name: 'Custom Attribute', value: 'custom_attribute' },
	].sort((a, b) => a.name.localeCompare(b.name));
	return [
		{
			displayName: 'Query Type',
			name: 'queryType',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Filters', value: 'filters', description: 'Build the query from conditions' },
				{ name: 'JSON', value: 'json', description: 'Write Intercom’s query object, nested groups included' },
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
			description:
				'Up to 15 conditions. Dates match by calendar day in the workspace’s timezone and take =, &lt; or &gt; only.',
			options: [
				{
					displayName: 'Condition',
					name: 'conditions',
					values: [
						{
							displayName: 'Field',
							name: 'field',
							type: 'options',
							options: fieldOptions,
							default: 'email',
						},
						{
							displayName: 'Field Name (Custom Attribute)',
							name: 'customField',
							type: 'string',
							displayOptions: { show: { field: ['custom_attribute'] } },
							default: '',
							placeholder: 'e.g. plan',
							description: 'The custom attribute’s name, without the custom_attributes. prefix.',
						},
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
						{
							displayName: 'Operator',
							name: 'operator',
							type: 'options',
							options: operatorOptions,
							default: 'equals',
						},
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
