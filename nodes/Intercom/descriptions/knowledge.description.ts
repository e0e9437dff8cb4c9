import type { INodeProperties } from 'n8n-workflow';

import { locator } from './rlc.description';

export const internalArticleRlc = locator({
	name: 'internalArticleId',
	displayName: 'Internal Article',
	description: 'The internal article (knowledge for your team, Copilot and Fin)',
	searchListMethod: 'searchInternalArticles',
	listPlaceholder: 'Select an internal article…',
	idPlaceholder: 'e.g. 39',
	idRegex: '^\\d+$',
	idError: 'Not a valid internal article ID (it is a number)',
});

export const contentSnippetRlc = locator({
	name: 'contentSnippetId',
	displayName: 'Content Snippet',
	description: 'The content snippet (a reusable piece of knowledge for Fin and Copilot)',
	searchListMethod: 'searchContentSnippets',
	listPlaceholder: 'Select a content snippet…',
	idPlaceholder: 'e.g. 123',
	idError: 'Not a valid content snippet ID',
});

/** Who may use a piece of knowledge, and for which audiences: shared by internal articles and snippets. */
export const availabilityFields: INodeProperties[] = [
	{
		displayName: 'Audience IDs',
		name: 'audienceIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1, 2',
		description:
			'Comma-separated IDs of the audiences Fin may use this for. An empty value clears the targeting.',
	},
	{
		displayName: 'Available to Copilot',
		name: 'aiCopilotAvailability',
		type: 'boolean',
		default: false,
		description: 'Whether Copilot may use it when helping teammates',
	},
	{
		displayName: 'Available to Fin',
		name: 'aiChatbotAvailability',
		type: 'boolean',
		default: false,
		description: 'Whether Fin (the AI agent) may use it when answering customers',
	},
	{
		displayName: 'Available to Fin Sales Agent',
		name: 'aiSalesAgentAvailability',
		type: 'boolean',
		default: false,
		description: 'Whether the AI sales agent may use it',
	},
];

export const bodyHtmlField: INodeProperties = {
	displayName: 'Body (HTML)',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 5 },
	default: '',
	placeholder: 'e.g. <p>Refunds are processed within 5 days.</p>',
	description: 'The content as HTML. Give this or Body (Markdown), not both.',
};

export const bodyMarkdownField: INodeProperties = {
	displayName: 'Body (Markdown)',
	name: 'bodyMarkdown',
	type: 'string',
	typeOptions: { rows: 5 },
	default: '',
	placeholder: 'e.g. Refunds are processed within **5 days**.',
	description: 'The content as Markdown, instead of HTML',
};

export const jsonBlocksField: INodeProperties = {
	displayName: 'JSON Blocks',
	name: 'jsonBlocks',
	type: 'json',
	default: '',
	placeholder: '[{"type": "paragraph", "text": "Go to Settings › Security."}]',
	description:
		'The content as Intercom’s blocks (a JSON array of objects), instead of Markdown. Give one or the other, not both.',
};

export const localeField: INodeProperties = {
	displayName: 'Locale',
	name: 'locale',
	type: 'string',
	default: '',
	placeholder: 'e.g. en, fr, pt-BR',
	description: 'The language of the content. Intercom uses en when none is given.',
};
