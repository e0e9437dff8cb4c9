import { internalArticleRlc } from '../../descriptions/knowledge.description';
import { removeTagOperation } from '../contentTags';

export const { description, execute } = removeTagOperation({
	resource: 'internalArticle',
	locator: internalArticleRlc,
	label: 'Internal Article',
	numeric: true,
	collection: 'internal_articles',
});
