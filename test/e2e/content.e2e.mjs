// Knowledge and content through a real n8n 2.41.0 against the sandbox: each resource's round trip
// (create → get → update → list → delete) in one workflow, chained node to node by expressions.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import { byId, intercomNode, outputOf, useE2E, workflow } from './lib.mjs';

const ADMIN = '991267460';
const item = (name) => `$('${name}').item.json`;

const workflows = {
	helpCenter: workflow('e2eHelpCenter001', 'E2E help center, collection and redirect', [
		intercomNode('Help Centers', { resource: 'helpCenter', operation: 'getAll', limit: 1 }),
		intercomNode('Create Collection', {
			resource: 'collection',
			operation: 'create',
			name: 'Getting Started',
			additionalFields: {
				description: 'First steps',
				helpCenterId: byId(`={{ ${item('Help Centers')}.id }}`),
				translations: { translation: [{ locale: 'fr', name: 'Premiers pas' }] },
			},
		}),
		intercomNode('Get Collection', {
			resource: 'collection',
			operation: 'get',
			collectionId: byId(`={{ ${item('Create Collection')}.id }}`),
		}),
		intercomNode('Rename Collection', {
			resource: 'collection',
			operation: 'update',
			collectionId: byId(`={{ ${item('Create Collection')}.id }}`),
			updateFields: { name: 'Start Here' },
		}),
		intercomNode('Create Redirect', {
			resource: 'redirect',
			operation: 'create',
			helpCenterId: byId(`={{ ${item('Help Centers')}.id }}`),
			fromUrl: 'https://help.example.com/en/collections/1-old-start',
			targetType: 'collection',
			targetCollectionId: byId(`={{ ${item('Create Collection')}.id }}`),
			locale: 'en',
		}),
		intercomNode('Redirects', {
			resource: 'redirect',
			operation: 'getAll',
			helpCenterId: byId(`={{ ${item('Help Centers')}.id }}`),
			returnAll: true,
		}),
		intercomNode('Delete Redirect', {
			resource: 'redirect',
			operation: 'delete',
			helpCenterId: byId(`={{ ${item('Help Centers')}.id }}`),
			redirectId: byId(`={{ ${item('Create Redirect')}.id }}`),
		}),
		intercomNode('Delete Collection', {
			resource: 'collection',
			operation: 'delete',
			collectionId: byId(`={{ ${item('Create Collection')}.id }}`),
		}),
		intercomNode('Collections', { resource: 'collection', operation: 'getAll', returnAll: true }),
	]),
	internalArticle: workflow('e2eInternalArt01', 'E2E internal article round trip', [
		intercomNode('Create Tag', { resource: 'tag', operation: 'create', name: 'E2E Knowledge' }),
		intercomNode('Create', {
			resource: 'internalArticle',
			operation: 'create',
			title: 'Refund policy',
			authorId: ADMIN,
			ownerId: ADMIN,
			additionalFields: { body: '<p>Within 5 days</p>', aiCopilotAvailability: true },
		}),
		intercomNode('Get', {
			resource: 'internalArticle',
			operation: 'get',
			internalArticleId: byId(`={{ ${item('Create')}.id }}`),
		}),
		intercomNode('Update', {
			resource: 'internalArticle',
			operation: 'update',
			internalArticleId: byId(`={{ ${item('Create')}.id }}`),
			updateFields: { title: 'Refunds' },
		}),
		intercomNode('Tag', {
			resource: 'internalArticle',
			operation: 'addTag',
			internalArticleId: byId(`={{ ${item('Create')}.id }}`),
			tagId: byId(`={{ ${item('Create Tag')}.id }}`),
		}),
		intercomNode('List', { resource: 'internalArticle', operation: 'getAll', returnAll: true }),
		intercomNode('Delete', {
			resource: 'internalArticle',
			operation: 'delete',
			internalArticleId: byId(`={{ ${item('Create')}.id }}`),
		}),
	]),
	contentSnippet: workflow('e2eSnippetFlow01', 'E2E content snippet and knowledge search', [
		intercomNode('Create', {
			resource: 'contentSnippet',
			operation: 'create',
			title: 'Reset your password',
			bodyMarkdown: 'Go to **Settings**',
			additionalFields: { locale: 'en', aiChatbotAvailability: true },
		}),
		intercomNode('Update', {
			resource: 'contentSnippet',
			operation: 'update',
			contentSnippetId: byId(`={{ ${item('Create')}.id }}`),
			updateFields: { bodyMarkdown: 'Open **Settings › Security**' },
		}),
		intercomNode('Search', {
			resource: 'content',
			operation: 'search',
			query: 'password',
			returnAll: true,
		}),
		intercomNode('List', { resource: 'contentSnippet', operation: 'getAll', returnAll: true }),
		intercomNode('Delete', {
			resource: 'contentSnippet',
			operation: 'delete',
			contentSnippetId: byId(`={{ ${item('Create')}.id }}`),
		}),
	]),
	article: workflow('e2eArticleFlow01', 'E2E help center article with a staged draft', [
		intercomNode('Create', {
			resource: 'article',
			operation: 'create',
			title: 'Exporting reports',
			authorId: ADMIN,
			additionalFields: { body: '<p>Open Reports</p>', state: 'published' },
		}),
		intercomNode('Get', {
			resource: 'article',
			operation: 'get',
			articleId: byId(`={{ ${item('Create')}.id }}`),
			simple: false,
		}),
		intercomNode('Stage Draft', {
			resource: 'article',
			operation: 'updateDraft',
			articleId: byId(`={{ ${item('Create')}.id }}`),
			draftFields: { title: 'Exporting reports as CSV' },
		}),
		intercomNode('Publish Draft', {
			resource: 'article',
			operation: 'publishDraft',
			articleId: byId(`={{ ${item('Create')}.id }}`),
		}),
		intercomNode('Search', {
			resource: 'article',
			operation: 'search',
			phrase: 'CSV',
			returnAll: true,
		}),
		intercomNode('Delete', {
			resource: 'article',
			operation: 'delete',
			articleId: byId(`={{ ${item('Create')}.id }}`),
		}),
	]),
	news: workflow('e2eNewsItemFlow1', 'E2E news item on a newsfeed, and macros', [
		intercomNode('Newsfeeds', { resource: 'newsfeed', operation: 'getAll', limit: 1 }),
		intercomNode('Create', {
			resource: 'newsItem',
			operation: 'create',
			title: 'Dark mode is here',
			senderId: ADMIN,
			body: '<p>Try it in Settings</p>',
			additionalFields: {
				state: 'live',
				labels: 'Product',
				newsfeedAssignments: {
					assignment: [{ newsfeedId: byId(`={{ ${item('Newsfeeds')}.id }}`) }],
				},
			},
		}),
		intercomNode('Update', {
			resource: 'newsItem',
			operation: 'update',
			newsItemId: byId(`={{ ${item('Create')}.id }}`),
			updateFields: { title: 'Dark mode for everyone' },
		}),
		intercomNode('Feed Items', {
			resource: 'newsfeed',
			operation: 'getItems',
			newsfeedId: byId(`={{ ${item('Newsfeeds')}.id }}`),
			returnAll: true,
		}),
		intercomNode('Delete', {
			resource: 'newsItem',
			operation: 'delete',
			newsItemId: byId(`={{ ${item('Create')}.id }}`),
		}),
		intercomNode('Macros', { resource: 'macro', operation: 'getAll', limit: 2 }),
	]),
};

describe('knowledge and content through a real n8n', { concurrency: false }, () => {
	const env = useE2E('content', Object.values(workflows));
	let e2e;
	before(() => (e2e = env()));

	it('a help center: a collection created, read, renamed, redirected to, listed and deleted', async () => {
		const run = await e2e.execute(workflows.helpCenter.id);
		assert.equal(run.code, 0, run.stdout.slice(-2000));
		const centers = outputOf(run.result, 'Help Centers');
		assert.equal(centers.length, 1);
		const [created] = outputOf(run.result, 'Create Collection');
		assert.equal(created.name, 'Getting Started');
		assert.equal(String(created.help_center_id), String(centers[0].id));
		assert.deepEqual(outputOf(run.result, 'Get Collection'), [created]);
		assert.equal(outputOf(run.result, 'Rename Collection')[0].name, 'Start Here');
		const [redirect] = outputOf(run.result, 'Create Redirect');
		assert.equal(redirect.target_type, 'collection');
		assert.equal(String(redirect.target_id), String(created.id));
		assert.deepEqual(
			outputOf(run.result, 'Redirects').map((r) => r.id),
			[redirect.id],
		);
		assert.equal(outputOf(run.result, 'Delete Redirect')[0].deleted, true);
		assert.deepEqual(outputOf(run.result, 'Delete Collection'), [
			{ id: created.id, object: 'collection', deleted: true },
		]);
		assert.ok(!outputOf(run.result, 'Collections').some((c) => c.id === created.id));
	});

	it('an internal article: created, read, renamed, tagged, listed, deleted', async () => {
		const run = await e2e.execute(workflows.internalArticle.id);
		assert.equal(run.code, 0, run.stdout.slice(-2000));
		const [created] = outputOf(run.result, 'Create');
		assert.equal(created.type, 'internal_article');
		assert.equal(created.author_id, Number(ADMIN));
		assert.deepEqual(outputOf(run.result, 'Get'), [created]);
		assert.equal(outputOf(run.result, 'Update')[0].title, 'Refunds');
		assert.equal(outputOf(run.result, 'Tag')[0].name, 'E2E Knowledge');
		const listed = outputOf(run.result, 'List');
		assert.deepEqual(
			listed.map((a) => [a.id, a.title]),
			[[created.id, 'Refunds']],
		);
		assert.equal(listed[0].body, undefined, 'Simplify leaves the body out');
		assert.deepEqual(outputOf(run.result, 'Delete'), [
			{ id: created.id, object: 'internal_article', deleted: true },
		]);
		assert.equal(e2e.sandbox.snapshot()['/internal_articles'], undefined);
		assert.deepEqual(e2e.sandbox.violations, []);
	});

	it('a content snippet: created, updated, found by the knowledge search, listed, deleted', async () => {
		const run = await e2e.execute(workflows.contentSnippet.id);
		assert.equal(run.code, 0, run.stdout.slice(-2000));
		const [created] = outputOf(run.result, 'Create');
		assert.equal(created.type, 'content_snippet');
		assert.equal(outputOf(run.result, 'Update')[0].body_markdown, 'Open **Settings › Security**');
		assert.deepEqual(outputOf(run.result, 'Search'), [
			{ type: 'content_snippet', id: created.id, title: 'Reset your password' },
		]);
		assert.deepEqual(
			outputOf(run.result, 'List').map((s) => s.id),
			[created.id],
		);
		assert.deepEqual(outputOf(run.result, 'Delete'), [
			{ id: created.id, object: 'content_snippet', deleted: true },
		]);
		assert.deepEqual(e2e.sandbox.violations, []);
	});

	it('a help center article: published, read, a draft staged and published, found, deleted', async () => {
		const run = await e2e.execute(workflows.article.id);
		assert.equal(run.code, 0, run.stdout.slice(-2000));
		const [created] = outputOf(run.result, 'Create');
		assert.equal(created.type, 'article');
		assert.equal(created.state, 'published');
		assert.equal(created.author_id, Number(ADMIN));
		assert.equal(outputOf(run.result, 'Get')[0].body, '<p>Open Reports</p>');
		assert.equal(outputOf(run.result, 'Stage Draft')[0].title, 'Exporting reports as CSV');
		assert.equal(outputOf(run.result, 'Publish Draft')[0].title, 'Exporting reports as CSV');
		assert.deepEqual(
			outputOf(run.result, 'Search').map((a) => [a.id, a.title]),
			[[created.id, 'Exporting reports as CSV']],
		);
		assert.deepEqual(outputOf(run.result, 'Delete'), [
			{ id: created.id, object: 'article', deleted: true },
		]);
		assert.deepEqual(e2e.sandbox.violations, []);
	});

	it('a news item: live on a newsfeed, renamed, listed on the feed, deleted; macros listed', async () => {
		const run = await e2e.execute(workflows.news.id);
		assert.equal(run.code, 0, run.stdout.slice(-2000));
		const [feed] = outputOf(run.result, 'Newsfeeds');
		const [created] = outputOf(run.result, 'Create');
		assert.equal(created.state, 'live');
		assert.deepEqual(
			created.newsfeed_assignments.map((a) => String(a.newsfeed_id)),
			[String(feed.id)],
		);
		assert.equal(outputOf(run.result, 'Update')[0].title, 'Dark mode for everyone');
		const onFeed = outputOf(run.result, 'Feed Items');
		assert.deepEqual(
			onFeed.map((n) => [n.id, n.title]),
			[[created.id, 'Dark mode for everyone']],
		);
		assert.equal(onFeed[0].body, undefined, 'Simplify leaves the body out');
		assert.equal(outputOf(run.result, 'Delete')[0].deleted, true);
		assert.equal(outputOf(run.result, 'Macros').length, 2);
		assert.deepEqual(e2e.sandbox.violations, []);
	});
});
