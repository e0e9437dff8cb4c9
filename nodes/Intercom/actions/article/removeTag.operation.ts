import { articleRlc } from '../../descriptions/article.description';
import { removeTagOperation } from '../contentTags';

export const { description, execute } = removeTagOperation({
	resource: 'article',
	locator: articleRlc,
	label: 'Article',
	numeric: true,
	collection: 'articles',
});
