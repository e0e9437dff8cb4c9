import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	optionsCollection,
	returnAllOrLimit,
	simplify,
} from '../../descriptions/common.description';
import { optionalDigits, simplifyArticles, withHighlights } from '../../helpers/article';
import {
	booleanParameter,
	limitOf,
	optionalBoolean,
	optionalText,
	optionParameter,
} from '../../helpers/input';
import type { ListResponse } from '../../helpers/interfaces';
import { intercomApiRequest, nextPageQuery } from '../../transport';
import { PageWalk, shown } from '../../transport/pages';

const SEARCH_STATES = ['all', 'published', 'draft'] as const;

const properties: INodeProperties[] = [
	{
		displayName: 'Phrase',
		name: 'phrase',
		type: 'string',
		default: '',
		placeholder: 'e.g. getting started',
		description:
			'Words to look for in the articles’ titles, descriptions and bodies. Empty finds every article in the state chosen.',
	},
	{
		displayName: 'State',
		name: 'state',
		type: 'options',
		options: [
			{ name: 'All', value: 'all' },
			{ name: 'Draft', value: 'draft' },
			{ name: 'Published', value: 'published' },
		],
		default: 'all',
		description: 'Which articles to search',
	},
	...returnAllOrLimit,
	simplify,
	optionsCollection([
		{
			displayName: 'Help Center ID',
			name: 'helpCenterId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 123',
			description: 'Search only the articles of this help center (for workspaces with several)',
		},
		{
			displayName: 'Highlight',
			name: 'highlight',
			type: 'boolean',
			default: false,
			description:
				'Whether to add to each article a "highlight" with the matches in its title and summary marked',
		},
	]),
];

const displayOptions = { show: { resource: ['article'], operation: ['search'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const REQUEST = 'GET /articles/search';

/** A query as a stable key, to tell a page asked for before. */
const queryKey = (query: IDataObject) =>
	JSON.stringify(
		Object.keys(query)
			.sort()
			.map((key) => [key, String(query[key])]),
	);

/**
 * Intercom's article search. The answer holds `data.articles` (and `data.highlights`); further
 * pages are where `pages.next` says (a link repeating the query with `page` and `per_page`),
 * followed until the last page or the Limit.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const limit = limitOf(this, i);
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const query: IDataObject = {};
	const phrase = optionalText('Phrase', this.getNodeParameter('phrase', i, ''));
	if (phrase) query.phrase = phrase;
	query.state = optionParameter(this, i, 'state', 'State', SEARCH_STATES, 'all');
	const helpCenterId = optionalDigits('Help Center ID', options.helpCenterId);
	if (helpCenterId) query.help_center_id = helpCenterId;
	const highlight = optionalBoolean('Highlight', options.highlight) === true;
	if (highlight) query.highlight = true;

	const results: IDataObject[] = [];
	const walk = new PageWalk(this, REQUEST, 'articles');
	walk.first(queryKey(query));
	let pageQuery = query;
	for (;;) {
		const response = await (intercomApiRequest<ListResponse>).call(
			this,
			'GET',
			'/articles/search',
			undefined,
			pageQuery,
		);
		const data = response.data;
		const found = data !== null && typeof data === 'object' ? (data as IDataObject) : {};
		const articles = walk.take({
			...found,
			total_count: response.total_count,
			pages: response.pages,
		});
		results.push(...(highlight ? withHighlights(articles, found.highlights) : articles));
		if (!articles.length || (limit !== undefined && results.length >= limit)) break;
		const next = nextPageQuery(response, pageQuery);
		if (!next) break;
		// The next page's link may leave out the search's own parameters: they are kept.
		const nextQuery = { ...query, ...next };
		walk.ask({
			key: queryKey(nextQuery),
			label: `the page query "${shown(new URLSearchParams(nextQuery as Record<string, string>).toString())}"`,
		});
		pageQuery = nextQuery;
	}
	const articles = limit === undefined ? results : results.slice(0, limit);
	return simple ? simplifyArticles(articles) : articles;
}
