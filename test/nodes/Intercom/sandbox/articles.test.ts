import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { byId, jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

const AUTHOR = '991267460';

async function run(parameters: Record<string, unknown>) {
	const result = await runIntercom(
		{ resource: 'article', ...parameters },
		{ credentials: credentials(), allowUnmatchedRequests: true },
	);
	expect(result.error).toBeUndefined();
	return jsonOf(result);
}

/** Creates one article per title in a single run (one input item each), in order. */
async function createMany(titles: string[], extra: Record<string, unknown> = {}) {
	const result = await runIntercom(
		{
			resource: 'article',
			operation: 'create',
			title: '={{ $json.title }}',
			authorId: AUTHOR,
			options: { requestsInParallel: 1 },
			...extra,
		},
		{
			credentials: credentials(),
			allowUnmatchedRequests: true,
			input: titles.map((title) => ({ title })),
		},
	);
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(titles.length);
}

async function create(title: string, extra: Record<string, unknown> = {}) {
	const [article] = await run({ operation: 'create', title, authorId: AUTHOR, ...extra });
	return article;
}

describe('article against the sandbox', () => {
	it('create → get → update → list → delete round-trips', async () => {
		const created = await create('Getting started', {
			additionalFields: { body: '<p>Open <b>Settings</b>.</p>', description: 'First steps' },
			translations: { translation: [{ locale: 'fr', title: 'Premiers pas', state: 'draft' }] },
		});
		expect(created).toMatchObject({
			type: 'article',
			id: expect.stringMatching(/^\d+$/),
			title: 'Getting started',
			body: '<p>Open <b>Settings</b>.</p>',
			author_id: Number(AUTHOR),
			state: 'draft',
			translated_content: { fr: { title: 'Premiers pas', state: 'draft' } },
		});
		const id = String(created.id);

		const [got] = await run({ operation: 'get', articleId: byId(id) });
		expect(got).toMatchObject({ id, title: 'Getting started', description: 'First steps' });
		expect(got).not.toHaveProperty('body');
		const [full] = await run({ operation: 'get', articleId: byId(id), simple: false });
		expect(full.body).toBe('<p>Open <b>Settings</b>.</p>');

		const [updated] = await run({
			operation: 'update',
			articleId: byId(id),
			updateFields: { title: 'Start here', state: 'published', parentId: byId('145') },
			translations: { translation: [{ locale: 'fr', body: '<p>Ouvrez.</p>' }] },
		});
		expect(updated).toMatchObject({
			id,
			title: 'Start here',
			state: 'published',
			parent_ids: [145],
			translated_content: { fr: { title: 'Premiers pas', body: '<p>Ouvrez.</p>' } },
		});

		const other = await create('Refunds');
		const listed = await run({ operation: 'getAll', returnAll: true });
		expect(listed.map((a) => a.id)).toEqual([other.id, id]);
		expect(listed[1]).toMatchObject({ title: 'Start here', state: 'published' });

		expect(await run({ operation: 'delete', articleId: byId(id) })).toEqual([
			{ id, object: 'article', deleted: true },
		]);
		const gone = await runIntercom(
			{ resource: 'article', operation: 'get', articleId: byId(id) },
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(gone.error?.message).toBe('Intercom error 404: not_found: Resource Not Found');
		expect((await run({ operation: 'getAll', returnAll: true })).map((a) => a.id)).toEqual([
			other.id,
		]);
	});

	it('Return All pages through more articles than one page holds; a Limit stops early', async () => {
		await createMany(Array.from({ length: 65 }, (_, n) => `Article ${n}`));
		sandbox.stats.byRoute = {};
		const all = await run({ operation: 'getAll', returnAll: true });
		expect(all).toHaveLength(65);
		expect(new Set(all.map((a) => a.id)).size).toBe(65);
		expect(sandbox.stats.byRoute).toEqual({ 'GET /articles': 2 });
		const some = await run({ operation: 'getAll', limit: 7 });
		expect(some).toHaveLength(7);
	});

	it('Search finds articles by phrase and state, pages through them and highlights the matches', async () => {
		await createMany(
			Array.from({ length: 12 }, (_, n) => `Refund policy ${n}`),
			{ additionalFields: { state: 'published' } },
		);
		await create('Refunds in draft');
		await create('Shipping', { additionalFields: { body: '<p>No refund needed</p>' } });
		sandbox.stats.byRoute = {};
		const published = await run({
			operation: 'search',
			phrase: 'refund',
			state: 'published',
			returnAll: true,
		});
		expect(published).toHaveLength(12);
		expect(sandbox.stats.byRoute).toEqual({ 'GET /articles/search': 2 });
		const all = await run({
			operation: 'search',
			phrase: 'REFUND',
			returnAll: true,
			options: { highlight: true },
		});
		expect(all).toHaveLength(14);
		expect(all.find((a) => a.title === 'Refunds in draft')?.highlight).toMatchObject({
			highlighted_title: [
				{ type: 'highlight', text: 'Refund' },
				{ type: 'plain', text: 's in draft' },
			],
		});
		const some = await run({ operation: 'search', phrase: 'refund', limit: 3 });
		expect(some).toHaveLength(3);
	});

	it('a draft is staged on a published article, read back, and published; the live article waits', async () => {
		const never = await create('Never published');
		const refused = await runIntercom(
			{
				resource: 'article',
				operation: 'updateDraft',
				articleId: byId(String(never.id)),
				draftFields: { title: 'X' },
			},
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(refused.error?.message).toBe(
			'Intercom error 422: parameter_invalid: Article must be published before a draft can be staged',
		);

		const live = await create('Shipping times', {
			additionalFields: { state: 'published', body: '<p>3 days</p>' },
		});
		const articleId = byId(String(live.id));
		const [staged] = await run({
			operation: 'updateDraft',
			articleId,
			draftFields: { title: 'Shipping times (2026)', body: '<p>2 days</p>' },
		});
		expect(staged).toMatchObject({
			title: 'Shipping times (2026)',
			body: '<p>2 days</p>',
			has_unpublished_changes: true,
		});
		const [still] = await run({ operation: 'get', articleId, simple: false });
		expect(still).toMatchObject({
			title: 'Shipping times',
			body: '<p>3 days</p>',
			has_unpublished_changes: true,
		});
		const [draft] = await run({ operation: 'getDraft', articleId });
		expect(draft).toMatchObject({ title: 'Shipping times (2026)', body: '<p>2 days</p>' });

		const [published] = await run({ operation: 'publishDraft', articleId, locales: ['en'] });
		expect(published).toMatchObject({
			title: 'Shipping times (2026)',
			body: '<p>2 days</p>',
			state: 'published',
			has_unpublished_changes: false,
		});
		const none = await runIntercom(
			{ resource: 'article', operation: 'getDraft', articleId },
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(none.error?.message).toBe('Intercom error 404: not_found: Resource Not Found');
		const again = await runIntercom(
			{ resource: 'article', operation: 'publishDraft', articleId },
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(again.error?.message).toBe(
			'Intercom error 422: parameter_invalid: Article has no draft to publish',
		);
	});

	it('a tag is added to an article, shown on it, and removed', async () => {
		const { tags } = sandbox.seed({ tags: [{ name: 'VIP' }] });
		const tagId = String(tags[0].id);
		const created = await create('Pricing');
		const articleId = byId(String(created.id));
		const [applied] = await run({
			operation: 'addTag',
			articleId,
			tagId: byId(tagId),
			options: { adminId: '991267461' },
		});
		expect(applied).toMatchObject({
			type: 'tag',
			id: tagId,
			name: 'VIP',
			applied_by: { type: 'admin', id: '991267461' },
		});
		const [tagged] = await run({ operation: 'get', articleId });
		expect(tagged.tags).toEqual({
			type: 'tag.list',
			tags: [{ type: 'tag', id: tagId, name: 'VIP' }],
		});
		const [removed] = await run({ operation: 'removeTag', articleId, tagId: byId(tagId) });
		expect(removed).toEqual({
			type: 'tag',
			id: tagId,
			name: 'VIP',
			applied_at: null,
			applied_by: null,
		});
		const [untagged] = await run({ operation: 'get', articleId });
		expect(untagged.tags).toEqual({ type: 'tag.list', tags: [] });
		const unknown = await runIntercom(
			{ resource: 'article', operation: 'addTag', articleId, tagId: byId('999') },
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(unknown.error?.message).toBe('Intercom error 404: tag_not_found: Tag not found');
	});

	it('every change adds a version: listed newest first, each readable with its content', async () => {
		const created = await create('Returns', {
			additionalFields: { state: 'published', body: '<p>30 days</p>' },
			translations: { translation: [{ locale: 'fr', title: 'Retours' }] },
		});
		const articleId = byId(String(created.id));
		await run({ operation: 'update', articleId, updateFields: { body: '<p>60 days</p>' } });
		await run({
			operation: 'updateDraft',
			articleId,
			draftFields: { title: 'Returns and refunds' },
		});
		await run({ operation: 'publishDraft', articleId });

		const versions = await run({ operation: 'getVersions', articleId, returnAll: true });
		expect(versions.map((v) => [v.title, v.state])).toEqual([
			['Returns and refunds', 'published'],
			['Returns', 'draft'],
			['Returns', 'draft'],
		]);
		expect(versions[0]).not.toHaveProperty('body');
		expect(versions[0].from_version_id).toBe(versions[1].id);

		const [oldest] = await run({
			operation: 'getVersion',
			articleId,
			versionId: String(versions[2].id),
		});
		expect(oldest).toMatchObject({
			type: 'article_version',
			title: 'Returns',
			body: '<p>30 days</p>',
		});
		const [french] = await run({
			operation: 'getVersion',
			articleId,
			versionId: String(versions[2].id),
			options: { locale: 'fr' },
		});
		expect(french).toMatchObject({ title: 'Retours' });
		expect(await run({ operation: 'getVersions', articleId, limit: 1 })).toHaveLength(1);
	});
});
