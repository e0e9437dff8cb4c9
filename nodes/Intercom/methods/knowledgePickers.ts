import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import type { ListResponse } from '../helpers/interfaces';
import { intercomApiRequest } from '../transport';

const PAGE_SIZE = 50;

/**
 * One page of knowledge for a picker: without a filter the list endpoint (`page` numbers), with
 * one Intercom's knowledge search (`GET /content/search`) restricted to the picker's content type.
 * The pagination token is the next page number.
 */
async function knowledgePage(
	ctx: ILoadOptionsFunctions,
	listPath: string,
	contentType: string,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	const page = Math.max(1, Number.parseInt(paginationToken ?? '1', 10) || 1);
	const text = filter?.trim();
	const response = await (intercomApiRequest<ListResponse>).call(
		ctx,
		'GET',
		text ? '/content/search' : listPath,
		undefined,
		text
			? { query: text.slice(0, 500), content_types: contentType, page, per_page: PAGE_SIZE }
			: { page, per_page: PAGE_SIZE },
	);
	const items = (Array.isArray(response.data) ? response.data : []) as IDataObject[];
	const results: INodeListSearchItems[] = items.map((item) => ({
		name: String(item.title || `${contentType.replace('_', ' ')} ${String(item.id)}`),
		value: String(item.id),
	}));
	const totalPages = Number(
		(response.pages as IDataObject | undefined)?.total_pages ??
			(response as IDataObject).total_pages,
	);
	const more = items.length === PAGE_SIZE && (!Number.isFinite(totalPages) || page < totalPages);
	return { results, paginationToken: more ? String(page + 1) : undefined };
}

/** Internal articles for the picker: the list, or a knowledge search on the filter. */
export async function searchInternalArticles(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await knowledgePage(
		this,
		'/internal_articles',
		'internal_article',
		filter,
		paginationToken,
	);
}

/** Content snippets for the picker: the list, or a knowledge search on the filter. */
export async function searchContentSnippets(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await knowledgePage(this, '/content_snippets', 'snippet', filter, paginationToken);
}
