// Knowledge and content through a real n8n 2.41.0 against the sandbox: each resource's round trip
// (create → get → update → list → delete) in one workflow, chained node to node by expressions.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import { byId, intercomNode, outputOf, useE2E, workflow } from './lib.mjs';

const ADMIN = '991267460';
const item = (name) => `$('${name}').item.json`;

const workflows = {
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
};

describe('knowledge and content through a real n8n', { concurrency: false }, () => {
	const env = useE2E('content', Object.values(workflows));
	let e2e;
	before(() => (e2e = env()));

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
});
