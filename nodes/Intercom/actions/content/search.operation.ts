import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.description';
import { limitOf, optionalText, optionalUnixSeconds, readValue } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { integerList, KNOWLEDGE_PAGE_SIZE, optionalLocale } from '../../helpers/knowledge';
import { asOption } from '../../helpers/values';
import { listByPageNumber } from '../../transport';

const CONTENT_TYPES = [
	'article',
	'internal_article',
	'snippet',
	'external_content',
	'file_source_content',
] as const;
const STATES = ['published', 'draft'] as const;
const ON_OFF = ['on', 'off'] as const;

const onOff = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: [
		{ name: 'On', value: 'on' },
		{ name: 'Off', value: 'off' },
	],
	default: 'on',
	description,
});

const properties: INodeProperties[] = [
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		default: '',
		placeholder: 'e.g. refund policy',
		description:
			'Words to find in the title and body of each piece of content. Leave empty for the most recent content.',
	},
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			onOff(
				'Available to Copilot',
				'copilotState',
				'Only content Copilot may use (On) or may not (Off)',
			),
			onOff(
				'Available to Fin',
				'finServiceState',
				'Only content Fin may use with customers (On) or may not (Off)',
			),
			onOff(
				'Available to Fin Sales Agent',
				'finSalesState',
				'Only content the AI sales agent may use (On) or may not (Off)',
			),
			{
				displayName: 'Content Types',
				name: 'contentTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Article', value: 'article' },
					{ name: 'Content Snippet', value: 'snippet' },
					{ name: 'External Page', value: 'external_content' },
					{ name: 'File', value: 'file_source_content' },
					{ name: 'Internal Article', value: 'internal_article' },
				],
				default: [],
				description: 'Search only these kinds of content (instead of Intercom’s default set)',
			},
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Created Before',
				name: 'createdBefore',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Locales',
				name: 'locales',
				type: 'string',
				default: '',
				placeholder: 'e.g. en, fr',
				description: 'Comma-separated locale codes',
			},
			{
				displayName: 'States',
				name: 'states',
				type: 'multiOptions',
				options: [
					{ name: 'Draft', value: 'draft' },
					{ name: 'Published', value: 'published' },
				],
				default: [],
			},
			{
				displayName: 'Tag IDs',
				name: 'tagIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 7522907, 7522908',
				description:
					'Comma-separated tag IDs; Tag Match says whether content must have one of them or none',
			},
			{
				displayName: 'Tag Match',
				name: 'tagOperator',
				type: 'options',
				options: [
					{ name: 'Has Any of the Tags', value: 'IN' },
					{ name: 'Has None of the Tags', value: 'NIN' },
				],
				default: 'IN',
			},
			{
				displayName: 'Updated After',
				name: 'updatedAfter',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Updated Before',
				name: 'updatedBefore',
				type: 'dateTime',
				default: '',
			},
		],
	},
];

const displayOptions = { show: { resource: ['content'], operation: ['search'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Each value of a multi-select, checked (an expression may give anything). */
function choices<T extends string>(field: string, value: unknown, allowed: readonly T[]): T[] {
	if (value === undefined || value === '') return [];
	const list = Array.isArray(value) ? value : String(value as string).split(',');
	return list.map((v) =>
		readValue(field, typeof v === 'string' ? v.trim() : v, (x) => asOption(x, allowed)),
	);
}

/** The query of `GET /content/search`: lists as comma-separated values, dates as Unix seconds. */
export function contentSearchQuery(
	query: string | undefined,
	filters: IDataObject,
	timeZone: string,
): IDataObject {
	const qs: IDataObject = {};
	if (query !== undefined) {
		if (query.length > 500)
			throw new InputError('Query', `is ${query.length} characters; Intercom takes at most 500`);
		qs.query = query;
	}
	const types = choices('Content Types', filters.contentTypes, CONTENT_TYPES);
	if (types.length) qs.content_types = types.join(',');
	const states = choices('States', filters.states, STATES);
	if (states.length) qs.states = states.join(',');
	const locales = (optionalText('Locales', filters.locales) ?? '')
		.split(',')
		.map((l) => l.trim())
		.filter(Boolean)
		.map((l) => optionalLocale('Locales', l)!);
	if (locales.length) qs.locales = locales.join(',');
	const tagIds = filters.tagIds === undefined ? [] : integerList('Tag IDs', filters.tagIds);
	if (tagIds.length) {
		qs.tag_ids = tagIds.join(',');
		qs.tag_operator = readValue('Tag Match', filters.tagOperator ?? 'IN', (v) =>
			asOption(v, ['IN', 'NIN'] as const),
		);
	} else if (filters.tagOperator !== undefined) {
		throw new InputError('Tag Match', 'needs Tag IDs to match against');
	}
	const states3: Array<[string, string, string]> = [
		['copilotState', 'copilot_state', 'Available to Copilot'],
		['finServiceState', 'fin_service_state', 'Available to Fin'],
		['finSalesState', 'fin_sales_state', 'Available to Fin Sales Agent'],
	];
	for (const [key, apiKey, label] of states3) {
		if (filters[key] !== undefined)
			qs[apiKey] = readValue(label, filters[key], (v) => asOption(v, ON_OFF));
	}
	const dates: Array<[string, string, string]> = [
		['createdAfter', 'created_at_after', 'Created After'],
		['createdBefore', 'created_at_before', 'Created Before'],
		['updatedAfter', 'updated_at_after', 'Updated After'],
		['updatedBefore', 'updated_at_before', 'Updated Before'],
	];
	for (const [key, apiKey, label] of dates) {
		const seconds = optionalUnixSeconds(label, filters[key], timeZone);
		if (seconds !== undefined) qs[apiKey] = seconds;
	}
	return qs;
}

/** Intercom's knowledge-base search over articles, snippets, internal articles, external pages and files. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const query = contentSearchQuery(
		optionalText('Query', this.getNodeParameter('query', i, '')),
		this.getNodeParameter('filters', i, {}) as IDataObject,
		this.getTimezone(),
	);
	return await listByPageNumber.call(this, {
		method: 'GET',
		path: '/content/search',
		itemsKey: 'data',
		limit: limitOf(this, i),
		query,
		maxPageSize: KNOWLEDGE_PAGE_SIZE,
	});
}
