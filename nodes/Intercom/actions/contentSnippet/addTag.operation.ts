import { contentSnippetRlc } from '../../descriptions/knowledge.description';
import { addTagOperation } from '../contentTags';

export const { description, execute } = addTagOperation({
	resource: 'contentSnippet',
	locator: contentSnippetRlc,
	label: 'Content Snippet',
	numeric: false,
	collection: 'content_snippets',
});
