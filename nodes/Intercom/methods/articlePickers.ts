import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import type { ListResponse } from '../helpers/interfaces';
import { intercomApiRequest } from '../transport';

const PAGE_SIZE = 50;

/** The page a picker's token asks for (the first page without one). */
const pageOf = (paginationToken?: string) => {
	const page = Number(paginationToken);
	return Number.isSafeInteger(page) && page > 1 ? page : 1;
};

/** The token of the page after `page`, when the answer says there is one. */
function nextPageToken(response: ListResponse, page: number): string | undefined {
	const totalPages = Number(response.pages?.total_pages);
	return Number.isFinite(totalPages) && page < totalPages ? String(page + 1) : undefined;
}

function articleItem(article: IDataObject): INodeListSearchItems {
	const title = String(article.title ?? '').trim() || `Article ${String(article.id)}`;
	return {
		name: article.state === 'draft' ? `${title} (draft)` : title,
		value: String(article.id),
		...(typeof article.url === 'string' && article.url ? { url: article.url } : {}),
	};
}

/**
 * Articles for the picker: the most recently updated ones (`GET /articles`), or with a filter
 * Intercom's search for that phrase (`GET /articles/search?phrase=`), one page at a time.
 */
export async function searchArticles(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim();
	const page = pageOf(paginationToken);
	let articles: unknown;
	let response: ListResponse;
	if (text) {
		response = await (intercomApiRequest<ListResponse>).call(
			this,
			'GET',
			'/articles/search',
			undefined,
			{ phrase: text, ...(page > 1 ? { page } : {}) },
		);
		const data = response.data as IDataObject | undefined;
		articles = data && typeof data === 'object' ? data.articles : undefined;
	} else {
		response = await (intercomApiRequest<ListResponse>).call(this, 'GET', '/articles', undefined, {
			page,
			per_page: PAGE_SIZE,
		});
		articles = response.data;
	}
	const results = Array.isArray(articles) ? (articles as IDataObject[]).map(articleItem) : [];
	return { results, paginationToken: nextPageToken(response, page) };
}
