import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	optionsCollection,
	returnAllOrLimit,
	simplify,
} from '../../descriptions/common.description';
import { segmentField, tagRlc } from '../../descriptions/rlc.description';
import { booleanParameter, limitOf, optionParameter, requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { simplifyCompanies } from '../../helpers/simplify';
import { listByPageNumber, listCompaniesByScroll } from '../../transport';

/** Intercom stops page listing of companies after this many; the scroll API goes on. */
export const COMPANY_PAGE_LISTING_CAP = 10_000;

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filter By',
		name: 'filterBy',
		type: 'options',
		options: [
			{ name: 'None', value: 'none', description: 'All companies' },
			{ name: 'Segment', value: 'segment', description: 'Companies in a segment' },
			{ name: 'Tag', value: 'tag', description: 'Companies with a tag' },
		],
		default: 'none',
		description:
			'Filtered lists use page listing, which Intercom stops at 10,000 companies. Without a filter, Return All (or a Limit above 10,000) uses the scroll API, which has no cap, unless Options → Order is set.',
	},
	{ ...segmentField, displayOptions: { show: { filterBy: ['segment'] } } },
	{ ...tagRlc, displayOptions: { show: { filterBy: ['tag'] } } },
	simplify,
	optionsCollection([
		{
			displayName: 'Order',
			name: 'order',
			type: 'options',
			options: [
				{
					name: 'Most Recently Active First',
					value: 'desc',
					description: 'Latest last_request_at first (Intercom’s default)',
				},
				{
					name: 'Least Recently Active First',
					value: 'asc',
					description: 'Earliest last_request_at first',
				},
			],
			default: 'desc',
			description:
				'The order of the companies, by when they were last active. Intercom orders only the list without a filter, in page listing: with an Order, Return All (or a Limit above 10,000) pages too, up to 10,000 companies, instead of scrolling.',
		},
	]),
];

const displayOptions = { show: { resource: ['company'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * Without a filter: a Limit up to 10,000, or any listing in a chosen Order, pages through
 * POST /companies/list (`order` is its query parameter only); Return All or a larger Limit
 * scrolls (GET /companies/scroll). With a segment or tag: GET /companies pages, in Intercom's
 * order (GET /companies takes no `order`).
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const limit = limitOf(this, i);
	const filterBy = optionParameter(
		this,
		i,
		'filterBy',
		'Filter By',
		['none', 'segment', 'tag'],
		'none',
	);
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const order =
		options.order === undefined
			? undefined
			: optionParameter(this, i, 'options.order', 'Order', ['asc', 'desc'], 'desc');
	let companies: IDataObject[];
	if (order !== undefined && filterBy !== 'none') {
		throw new InputError(
			'Order',
			`Intercom orders only the list without a filter, not companies by ${filterBy}: remove Order, or set Filter By to None`,
		);
	}
	if (filterBy === 'segment' || filterBy === 'tag') {
		const qs =
			filterBy === 'segment'
				? { segment_id: requiredId(this, i, 'segmentId', 'Segment') }
				: { tag_id: requiredId(this, i, 'tagId', 'Tag') };
		companies = await listByPageNumber.call(this, {
			method: 'GET',
			path: '/companies',
			itemsKey: 'data',
			limit,
			query: qs,
		});
	} else if (order !== undefined || (limit !== undefined && limit <= COMPANY_PAGE_LISTING_CAP)) {
		companies = await listByPageNumber.call(this, {
			method: 'POST',
			path: '/companies/list',
			itemsKey: 'data',
			limit,
			query: order ? { order } : {},
		});
	} else {
		companies = await listCompaniesByScroll.call(this, { limit });
	}
	return simple ? simplifyCompanies(companies) : companies;
}
