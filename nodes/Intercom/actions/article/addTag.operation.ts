import { articleRlc } from '../../descriptions/article.description';
import { addTagOperation } from '../contentTags';

export const { description, execute } = addTagOperation({
	resource: 'article',
	locator: articleRlc,
	label: 'Article',
	numeric: true,
	collection: 'articles',
});
