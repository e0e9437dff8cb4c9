import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';
import { internalArticle } from '../../knowledgeFixtures';

isolateNetwork();

const base = {
	resource: 'internalArticle',
	operation: 'create',
	title: 'Refunds',
	authorId: '991266252',
	ownerId: '991266253',
};

describe('internalArticle › create', () => {
	it('POSTs /internal_articles with title, author and owner as numbers, the HTML body and AI availability', async () => {
		const { scope, requests } = intercom();
		scope.post('/internal_articles').reply(200, internalArticle('42'));
		const result = await runIntercom({
			...base,
			additionalFields: {
				body: '<p>Within 5 days</p>',
				audienceIds: '1, 2',
				aiChatbotAvailability: true,
				aiCopilotAvailability: false,
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/internal_articles',
				body: {
					title: 'Refunds',
					author_id: 991266252,
					owner_id: 991266253,
					body: '<p>Within 5 days</p>',
					audience_ids: [1, 2],
					ai_chatbot_availability: true,
					ai_copilot_availability: false,
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([internalArticle('42')]);
	});

	it('takes the body as Markdown instead', async () => {
		const { scope, requests } = intercom();
		scope.post('/internal_articles').reply(200, internalArticle('43'));
		await runIntercom({ ...base, additionalFields: { bodyMarkdown: '**Fast**' } });
		expect(requests[0].body).toEqual({
			title: 'Refunds',
			author_id: 991266252,
			owner_id: 991266253,
			body_markdown: '**Fast**',
		});
	});

	it.each([
		[{ title: '={{ "" }}' }, 'Title: is empty (item 0)'],
		[
			{ authorId: '={{ "" }}' },
			'Author: is empty. Pick an admin from the list or give its ID (item 0)',
		],
		[{ ownerId: 'bob' }, 'Owner: "bob" is not an admin ID (it is a number) (item 0)'],
		[
			{ additionalFields: { body: '<p>a</p>', bodyMarkdown: 'a' } },
			'Body (Markdown): give the body as HTML or as Markdown, not both (item 0)',
		],
		[
			{ additionalFields: { audienceIds: '1, x' } },
			'Audience IDs: "x" is not a whole number ID (item 0)',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('internalArticle › create');
