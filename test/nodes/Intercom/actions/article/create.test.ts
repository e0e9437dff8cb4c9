import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	byList,
	contractSuite,
	errorList,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';
import { ARTICLE_IDS, article } from './articleFixtures';

isolateNetwork();

const base = {
	resource: 'article',
	operation: 'create',
	title: ' Getting started ',
	authorId: IDS.admin,
};

describe('article › create', () => {
	it('POSTs /articles with the title and author (a number), and Intercom’s article comes back as is', async () => {
		const { scope, requests } = intercom();
		scope.post('/articles').reply(200, article());
		const result = await runIntercom(base);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/articles',
				query: {},
				body: { title: 'Getting started', author_id: Number(IDS.admin) },
			}),
		]);
		expect(jsonOf(result)).toEqual([article()]);
	});

	it('sends the HTML body, description, state, parent collection and translations per locale', async () => {
		const { scope, requests } = intercom();
		scope.post('/articles').reply(200, article());
		const result = await runIntercom({
			...base,
			additionalFields: {
				body: '<p>Open <b>Settings</b>.</p>',
				description: 'First steps',
				state: 'published',
				parentId: byList(ARTICLE_IDS.collection),
			},
			translations: {
				translation: [
					{
						locale: 'fr',
						title: 'Premiers pas',
						description: 'Les débuts',
						body: '<p>Ouvrez les réglages.</p>',
						authorId: IDS.admin,
						state: 'published',
					},
					{ locale: 'pt-BR', title: 'Primeiros passos', state: '' },
				],
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			title: 'Getting started',
			description: 'First steps',
			body: '<p>Open <b>Settings</b>.</p>',
			author_id: Number(IDS.admin),
			state: 'published',
			parent_id: Number(ARTICLE_IDS.collection),
			parent_type: 'collection',
			translated_content: {
				fr: {
					title: 'Premiers pas',
					description: 'Les débuts',
					body: '<p>Ouvrez les réglages.</p>',
					author_id: Number(IDS.admin),
					state: 'published',
				},
				'pt-BR': { title: 'Primeiros passos' },
			},
		});
	});

	it('the parent collection may be given by ID', async () => {
		const { scope, requests } = intercom();
		scope.post('/articles').reply(200, article());
		await runIntercom({ ...base, additionalFields: { parentId: byId('146') } });
		expect(requests[0].body).toMatchObject({ parent_id: 146, parent_type: 'collection' });
	});

	it('Intercom’s 400 for a missing author is shown as is', async () => {
		const { scope } = intercom();
		scope
			.post('/articles')
			.reply(
				400,
				errorList(
					'parameter_not_found',
					'author_id must be in the main body or default locale translated_content object',
				),
			);
		const result = await runIntercom(base);
		expect(result.error?.message).toBe(
			'Intercom error 400: parameter_not_found: author_id must be in the main body or default locale translated_content object',
		);
	});

	it.each([
		[{ title: '={{ "" }}' }, 'Title: is empty (item 0)'],
		[{ authorId: '={{ "" }}' }, 'Author: is empty. Pick one from the list or give its ID (item 0)'],
		[{ authorId: 'ada' }, 'Author: "ada" is not a valid Intercom ID (it is a number) (item 0)'],
		[
			{ additionalFields: { parentId: byId('={{ "billing" }}') } },
			'Parent Collection: "billing" is not an Intercom ID (digits) (item 0)',
		],
		[
			{ additionalFields: { state: '={{ "live" }}' } },
			'State: got text "live", expected one of "published", "draft" (item 0)',
		],
		[
			{ translations: { translation: [{ locale: '={{ "xx" }}', title: 'X' }] } },
			'Translations › Locale: "xx" is not a locale Intercom\'s articles have (e.g. en, fr, pt-BR) (item 0)',
		],
		[
			{
				translations: {
					translation: [
						{ locale: 'fr', title: 'A' },
						{ locale: 'fr', body: '<p>B</p>' },
					],
				},
			},
			'Translations: the locale "fr" is given twice (item 0)',
		],
		[
			{ translations: { translation: [{ locale: 'de', state: '' }] } },
			'Translations › de: give at least one field of the translation (item 0)',
		],
		[
			{ translations: { translation: [{ locale: 'de', title: 'T', authorId: 'ada' }] } },
			'Translations › de › Author: "ada" is not an Intercom ID (digits) (item 0)',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, ...parameters });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › create');
