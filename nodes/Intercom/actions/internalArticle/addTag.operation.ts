import { internalArticleRlc } from '../../descriptions/knowledge.description';
import { addTagOperation } from '../contentTags';

export const { description, execute } = addTagOperation({
	resource: 'internalArticle',
	locator: internalArticleRlc,
	label: 'Internal Article',
	numeric: true,
	collection: 'internal_articles',
});
