import type { INodeParameters } from 'n8n-workflow';

import { plainText } from '../../../../nodes/Intercom/helpers/input';
import { InputError } from '../../../../nodes/Intercom/helpers/inputError';
import { byId, intercom, isolateNetwork, runIntercom } from '../fixtures';

isolateNetwork();

const ADMIN = '991267460';
const HTML = '={{ "<b>New</b> pricing" }}';

/** Titles, names and descriptions Intercom shows as plain text, per operation that sends them. */
const cases: Array<[string, INodeParameters, string]> = [
	[
		'article create title',
		{ resource: 'article', operation: 'create', title: HTML, authorId: ADMIN },
		'Title',
	],
	[
		'article update description',
		{
			resource: 'article',
			operation: 'update',
			articleId: byId('6871119'),
			updateFields: { description: '={{ "<p>Short</p>" }}' },
		},
		'Description',
	],
	[
		'article draft translation title',
		{
			resource: 'article',
			operation: 'updateDraft',
			articleId: byId('6871119'),
			translations: { translation: [{ locale: 'fr', title: HTML }] },
		},
		'Translations › fr › Title',
	],
	['collection create name', { resource: 'collection', operation: 'create', name: HTML }, 'Name'],
	[
		'collection update translation description',
		{
			resource: 'collection',
			operation: 'update',
			collectionId: byId('165'),
			updateFields: {
				translations: { translation: [{ locale: 'de', description: '={{ "<br/>" }}' }] },
			},
		},
		'Translations › de › Description',
	],
	[
		'news item create title',
		{ resource: 'newsItem', operation: 'create', title: HTML, senderId: ADMIN, body: '<p>Hi</p>' },
		'Title',
	],
	[
		'news item update title',
		{
			resource: 'newsItem',
			operation: 'update',
			newsItemId: byId('29'),
			updateFields: { title: HTML },
		},
		'Title',
	],
	[
		'internal article create title',
		{
			resource: 'internalArticle',
			operation: 'create',
			title: HTML,
			authorId: ADMIN,
			ownerId: ADMIN,
			additionalFields: { body: '<p>Body</p>' },
		},
		'Title',
	],
	[
		'content snippet update title',
		{
			resource: 'contentSnippet',
			operation: 'update',
			contentSnippetId: byId('123'),
			updateFields: { title: HTML },
		},
		'Title',
	],
];

describe('plain-text fields refuse HTML before any request', () => {
	it.each(cases)('%s', async (_name, parameters, field) => {
		const { requests } = intercom();
		const result = await runIntercom(parameters);
		expect(result.error?.message).toMatch(
			new RegExp(
				`^${field}: has HTML \\(<[a-z/][^)]*\\), but Intercom shows it as plain text \\(item 0\\)$`,
			),
		);
		expect(requests).toHaveLength(0);
	});

	it('names the first tag; text with a lone < or > is plain text', () => {
		expect(() => plainText('Title', 'Read <a href="https://x.test">this</a>')).toThrow(
			new InputError(
				'Title',
				'has HTML (<a href="https://x.test">), but Intercom shows it as plain text',
			),
		);
		for (const text of ['a < b and c > d', 'I <3 it', '<= 5 seats', 'x<y', '->']) {
			expect(plainText('Title', text)).toBe(text);
		}
	});
});
