import { contentSnippetRlc } from '../../descriptions/knowledge.description';
import { removeTagOperation } from '../contentTags';

export const { description, execute } = removeTagOperation({
	resource: 'contentSnippet',
	locator: contentSnippetRlc,
	label: 'Content Snippet',
	numeric: false,
	collection: 'content_snippets',
});
