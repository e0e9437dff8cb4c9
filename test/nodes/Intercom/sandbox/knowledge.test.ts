import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { byId, jsonOf, runIntercom } from '../fixtures';

// Internal articles, content snippets and the knowledge search through the node's real
// execute() against the sandbox over loopback HTTP: create → get → update → list → delete.
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const run = async (parameters: Record<string, unknown>) => {
	const result = await runIntercom(parameters as never, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
	});
	expect(result.error).toBeUndefined();
	return jsonOf(result);
};

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => {
	expect(sandbox.violations).toEqual([]);
});

describe('knowledge against the sandbox', () => {
	it('an internal article: create, get, update, list, search, tag, untag, delete', async () => {
		const admin = sandbox.store.admins[0].id;
		const [created] = await run({
			resource: 'internalArticle',
			operation: 'create',
			title: 'Refund policy',
			authorId: admin,
			ownerId: admin,
			additionalFields: { body: '<p>Within 5 days</p>', aiCopilotAvailability: true },
		});
		expect(created).toMatchObject({
			type: 'internal_article',
			title: 'Refund policy',
			body: '<p>Within 5 days</p>',
			author_id: Number(admin),
			ai_copilot_availability: true,
		});
		const id = String(created.id);
		const article = { resource: 'internalArticle', internalArticleId: byId(id) };

		expect(await run({ ...article, operation: 'get' })).toEqual([created]);
		const [updated] = await run({
			...article,
			operation: 'update',
			updateFields: { title: 'Refunds', bodyMarkdown: 'Within **3** days' },
		});
		expect(updated).toMatchObject({
			id: created.id,
			title: 'Refunds',
			body_markdown: 'Within **3** days',
		});

		const listed = await run({ resource: 'internalArticle', operation: 'getAll', returnAll: true });
		expect(listed).toEqual([expect.objectContaining({ id: created.id, title: 'Refunds' })]);
		expect(listed[0]).not.toHaveProperty('body');
		const searched = await run({
			resource: 'internalArticle',
			operation: 'search',
			returnAll: true,
			simple: false,
		});
		expect(searched).toEqual([
			expect.objectContaining({ id: created.id, body_markdown: 'Within **3** days' }),
		]);

		const tag = sandbox.seed({ tags: [{ name: 'Billing' }] }).tags[0] as { id: string };
		const [applied] = await run({ ...article, operation: 'addTag', tagId: byId(tag.id) });
		expect(applied).toMatchObject({ type: 'tag', id: tag.id, name: 'Billing' });
		const [removed] = await run({ ...article, operation: 'removeTag', tagId: byId(tag.id) });
		expect(removed).toMatchObject({ id: tag.id, applied_at: null });

		expect(await run({ ...article, operation: 'delete' })).toEqual([
			{ id: created.id, object: 'internal_article', deleted: true },
		]);
		const gone = await runIntercom({ ...article, operation: 'get' } as never, {
			credentials: credentials(),
			allowUnmatchedRequests: true,
		});
		expect(gone.error?.message).toContain('404');
	});

	it('a content snippet: create, get, update, list, delete; the knowledge search finds it', async () => {
		const [created] = await run({
			resource: 'contentSnippet',
			operation: 'create',
			title: 'Reset password',
			bodyMarkdown: 'Go to Settings',
			additionalFields: { locale: 'en', aiChatbotAvailability: true },
		});
		expect(created).toMatchObject({
			type: 'content_snippet',
			title: 'Reset password',
			locale: 'en',
		});
		const snippet = { resource: 'contentSnippet', contentSnippetId: byId(String(created.id)) };

		expect(await run({ ...snippet, operation: 'get' })).toEqual([created]);
		const [updated] = await run({
			...snippet,
			operation: 'update',
			updateFields: { jsonBlocks: [{ type: 'paragraph', text: 'Open Settings' }] },
		});
		expect(updated.json_blocks).toEqual([{ type: 'paragraph', text: 'Open Settings' }]);
		expect(await run({ resource: 'contentSnippet', operation: 'getAll', returnAll: true })).toEqual(
			[expect.objectContaining({ id: created.id, title: 'Reset password' })],
		);

		expect(
			await run({ resource: 'content', operation: 'search', query: 'reset', returnAll: true }),
		).toEqual([{ type: 'content_snippet', id: String(created.id), title: 'Reset password' }]);
		expect(
			await run({
				resource: 'content',
				operation: 'search',
				query: 'reset',
				returnAll: true,
				filters: { contentTypes: ['internal_article'] },
			}),
		).toEqual([]);

		expect(await run({ ...snippet, operation: 'delete' })).toEqual([
			{ id: String(created.id), object: 'content_snippet', deleted: true },
		]);
		expect(await run({ resource: 'contentSnippet', operation: 'getAll', returnAll: true })).toEqual(
			[],
		);
	});

	it('Return All over 120 snippets: 3 pages of 50, every snippet once', async () => {
		for (let k = 0; k < 120; k++)
			sandbox.store.table('/content_snippets').set(String(k + 1), {
				type: 'content_snippet',
				id: String(k + 1),
				title: `S${k + 1}`,
			});
		const all = await run({ resource: 'contentSnippet', operation: 'getAll', returnAll: true });
		expect(all.map((s) => s.id)).toEqual(Array.from({ length: 120 }, (_, k) => String(k + 1)));
		expect(sandbox.stats.byRoute).toEqual({ 'GET /content_snippets': 3 });
	});
});
