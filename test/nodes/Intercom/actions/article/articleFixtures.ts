import type { IDataObject } from 'n8n-workflow';

import { IDS } from '../../fixtures';

/** IDs shaped like Intercom's for the article tests. */
export const ARTICLE_IDS = { article: '6871119', collection: '145', version: '301' };

/** An Intercom article as `GET /articles/{id}` returns it (2.16 shape, trimmed), with a French translation. */
export function article(id: string = ARTICLE_IDS.article, extra: IDataObject = {}): IDataObject {
	return {
		type: 'article',
		id,
		workspace_id: 'ws1',
		parent_ids: [Number(ARTICLE_IDS.collection)],
		statistics: { type: 'article_statistics', views: 3, conversations: 0, reactions: 1 },
		tags: { type: 'tag.list', tags: [] },
		title: 'Getting started',
		description: 'First steps',
		body: '<p>Open <b>Settings</b>.</p>',
		body_markdown: 'Open **Settings**.\n',
		author_id: Number(IDS.admin),
		state: 'published',
		created_at: 1734537288,
		updated_at: 1734537298,
		has_unpublished_changes: false,
		draft_updated_at: null,
		url: `http://help-center.test/myapp/en/articles/${id}-getting-started`,
		default_locale: 'en',
		translated_content: {
			type: 'article_translated_content',
			fr: {
				type: 'article_content',
				title: 'Premiers pas',
				description: 'Les débuts',
				body: '<p>Ouvrez les réglages.</p>',
				body_markdown: 'Ouvrez les réglages.\n',
				author_id: Number(IDS.admin),
				state: 'draft',
				created_at: 1734537288,
				updated_at: 1734537298,
				url: `http://help-center.test/myapp/fr/articles/${id}-premiers-pas`,
			},
		},
		...extra,
	};
}

/** A copy of `data` without `keys`. */
export function omit(data: IDataObject, keys: string[]): IDataObject {
	return Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));
}

/** What Simplify makes of article(id): no bodies, in the article or its translations. */
export function simpleArticle(id: string = ARTICLE_IDS.article): IDataObject {
	const full = article(id);
	const fr = (full.translated_content as IDataObject).fr as IDataObject;
	return {
		...omit(full, ['body', 'body_markdown']),
		translated_content: {
			type: 'article_translated_content',
			fr: omit(fr, ['body', 'body_markdown']),
		},
	};
}
