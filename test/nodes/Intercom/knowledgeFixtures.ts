import type { IDataObject } from 'n8n-workflow';

/** An internal article as Intercom returns it. */
export function internalArticle(id: string, extra: IDataObject = {}): IDataObject {
	return {
		type: 'internal_article',
		id,
		title: `Article ${id}`,
		body: `<p>Body of ${id}</p>`,
		body_markdown: null,
		owner_id: 991266252,
		author_id: 991266252,
		created_at: 1700000000,
		updated_at: 1700000100,
		locale: 'en',
		audience_ids: [],
		ai_chatbot_availability: false,
		ai_copilot_availability: true,
		ai_sales_agent_availability: false,
		...extra,
	};
}

/** A content snippet as Intercom returns it. */
export function contentSnippet(id: string, extra: IDataObject = {}): IDataObject {
	return {
		type: 'content_snippet',
		id,
		title: `Snippet ${id}`,
		locale: 'en',
		json_blocks: [{ type: 'paragraph', text: `Text of ${id}` }],
		body_markdown: `Text of ${id}`,
		ai_chatbot_availability: true,
		ai_copilot_availability: true,
		ai_sales_agent_availability: false,
		created_at: 1700000000,
		updated_at: 1700000100,
		audience_ids: [],
		...extra,
	};
}

/** The simplified form: everything but the body. */
export function withoutBody(item: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(item).filter(([key]) => !['body', 'body_markdown', 'json_blocks'].includes(key)),
	);
}

export const appliedTag = {
	type: 'tag',
	id: '7522907',
	name: 'Billing',
	applied_at: 1663597223,
	applied_by: { type: 'admin', id: '1234' },
};
