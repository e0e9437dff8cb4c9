import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';
import { contentSnippet } from '../../knowledgeFixtures';

isolateNetwork();

const base = { resource: 'contentSnippet', operation: 'create', title: 'Reset password' };

describe('contentSnippet › create', () => {
	it('POSTs /content_snippets with the Markdown body, locale and availability', async () => {
		const { scope, requests } = intercom();
		scope.post('/content_snippets').reply(200, contentSnippet('123'));
		const result = await runIntercom({
			...base,
			bodyMarkdown: 'Go to **Settings**',
			additionalFields: { locale: 'pt-BR', aiChatbotAvailability: true, audienceIds: '4' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/content_snippets',
				body: {
					title: 'Reset password',
					body_markdown: 'Go to **Settings**',
					locale: 'pt-BR',
					ai_chatbot_availability: true,
					audience_ids: [4],
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([contentSnippet('123')]);
	});

	it('takes the content as JSON blocks instead', async () => {
		const { scope, requests } = intercom();
		scope.post('/content_snippets').reply(200, contentSnippet('124'));
		await runIntercom({
			...base,
			additionalFields: { jsonBlocks: '[{"type": "paragraph", "text": "Go to Settings"}]' },
		});
		expect(requests[0].body).toEqual({
			title: 'Reset password',
			json_blocks: [{ type: 'paragraph', text: 'Go to Settings' }],
		});
	});

	it.each([
		[{}, 'Body (Markdown): is empty. Give the content as Markdown or as JSON Blocks (item 0)'],
		[
			{ bodyMarkdown: 'a', additionalFields: { jsonBlocks: '[{"type": "paragraph"}]' } },
			'JSON Blocks: give the content as Markdown or as JSON blocks, not both (item 0)',
		],
		[
			{ additionalFields: { jsonBlocks: '[{"type": "paragraph"' } },
			expect.stringMatching(/^JSON Blocks: is not valid JSON: .* \(item 0\)$/),
		],
		[
			{ additionalFields: { jsonBlocks: '{"type": "paragraph"}' } },
			'JSON Blocks: must be a JSON array of block objects, e.g. [{"type": "paragraph", "text": "…"}] (item 0)',
		],
		[
			{ bodyMarkdown: 'a', additionalFields: { locale: 'English' } },
			'Locale: "English" is not a locale code such as en, fr or pt-BR (item 0)',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error?.message).toEqual(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('contentSnippet › create');
