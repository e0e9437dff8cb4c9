import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { collections, createCollection } from '../../../../sandbox/helpCenter';
import { byId, byList, byUrl, jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const run = async (
	parameters: Record<string, unknown>,
	options: { continueOnFail?: boolean } = {},
) =>
	await runIntercom(parameters as never, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
		...options,
	});

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

describe('helpCenter against the sandbox', () => {
	it('lists the workspace’s help centers and gets one of them', async () => {
		const all = await run({ resource: 'helpCenter', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		const listed = jsonOf(all);
		expect(listed.map((h) => h.display_name)).toEqual([
			'Sandbox Help Center',
			'Partner Help Center',
		]);
		const one = await run({
			resource: 'helpCenter',
			operation: 'get',
			helpCenterId: byList(String(listed[1].id)),
		});
		expect(one.error).toBeUndefined();
		expect(jsonOf(one)).toEqual([listed[1]]);
		expect(sandbox.violations).toEqual([]);
	});

	it('an unknown help center is Intercom’s 404', async () => {
		const result = await run({
			resource: 'helpCenter',
			operation: 'get',
			helpCenterId: byId('999'),
		});
		expect(result.error?.message).toBe('Intercom error 404: not_found: Resource Not Found');
		expect(sandbox.violations).toEqual([]);
	});
});

describe('collection against the sandbox', () => {
	it('create → get → update → list → delete round-trips', async () => {
		const created = await run({
			resource: 'collection',
			operation: 'create',
			name: 'Getting Started',
			additionalFields: {
				description: 'First steps',
				translations: { translation: [{ locale: 'fr', name: 'Premiers pas' }] },
			},
		});
		expect(created.error).toBeUndefined();
		const [parent] = jsonOf(created);
		expect(parent).toMatchObject({
			name: 'Getting Started',
			description: 'First steps',
			parent_id: null,
			help_center_id: 81,
			translated_content: { fr: { name: 'Premiers pas' } },
		});

		const child = await run({
			resource: 'collection',
			operation: 'create',
			name: 'Install',
			additionalFields: { helpCenterId: byId('81'), parentId: byList(String(parent.id)) },
		});
		expect(child.error).toBeUndefined();
		const [install] = jsonOf(child);
		expect(install.parent_id).toBe(parent.id);

		const got = await run({
			resource: 'collection',
			operation: 'get',
			collectionId: byId(String(install.id)),
		});
		expect(jsonOf(got)).toEqual([install]);

		const updated = await run({
			resource: 'collection',
			operation: 'update',
			collectionId: byId(String(install.id)),
			updateFields: { name: 'Installation', topLevel: true },
		});
		expect(updated.error).toBeUndefined();
		expect(jsonOf(updated)[0]).toMatchObject({ name: 'Installation', parent_id: null });

		const listed = await run({ resource: 'collection', operation: 'getAll', returnAll: true });
		expect(listed.error).toBeUndefined();
		expect(jsonOf(listed).map((c) => c.name)).toEqual(
			expect.arrayContaining(['Getting Started', 'Installation']),
		);
		expect(jsonOf(listed)).toHaveLength(2);

		const deleted = await run({
			resource: 'collection',
			operation: 'delete',
			collectionId: byId(String(install.id)),
		});
		expect(jsonOf(deleted)).toEqual([{ id: install.id, object: 'collection', deleted: true }]);
		const gone = await run({
			resource: 'collection',
			operation: 'get',
			collectionId: byId(String(install.id)),
		});
		expect(gone.error?.message).toBe('Intercom error 404: not_found: Resource Not Found');
		expect(sandbox.violations).toEqual([]);
	});

	it('Get Many pages through 260 collections, 250 a page; a Limit stops early', async () => {
		// Made through the sandbox's own create code, without 260 requests.
		for (let k = 0; k < 260; k++) {
			const record = createCollection({
				store: sandbox.store,
				params: {},
				query: {},
				body: { name: `C ${k}` },
			});
			collections(sandbox.store).set(String(record.id), record);
		}
		const all = await run({ resource: 'collection', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(new Set(jsonOf(all).map((c) => c.id)).size).toBe(260);
		const limited = await run({ resource: 'collection', operation: 'getAll', limit: 5 });
		expect(jsonOf(limited)).toHaveLength(5);
		expect(
			sandbox.requests
				.filter((r) => r.path === '/help_center/collections' && r.method === 'GET')
				.map((r) => r.query),
		).toEqual([
			{ page: '1', per_page: '250' },
			{ page: '2', per_page: '250' },
			{ page: '1', per_page: '5' },
		]);
		expect(sandbox.violations).toEqual([]);
	});
});

describe('redirect against the sandbox', () => {
	it('create → get → list → delete round-trips, per help center', async () => {
		const collection = jsonOf(
			await run({ resource: 'collection', operation: 'create', name: 'FAQ' }),
		)[0];
		const toCollection = await run({
			resource: 'redirect',
			operation: 'create',
			helpCenterId: byList('81'),
			fromUrl: 'https://help.sandbox.example/sandbox/en/old-faq',
			targetType: 'collection',
			targetCollectionId: byUrl(String(collection.url)),
			locale: 'en',
		});
		expect(toCollection.error).toBeUndefined();
		const [redirect] = jsonOf(toCollection);
		expect(redirect).toMatchObject({
			type: 'help_center_redirect',
			from_url: 'https://help.sandbox.example/sandbox/en/old-faq',
			help_center_id: '81',
			target_type: 'collection',
			target_id: String(collection.id),
			locale: 'en',
		});
		const toArticle = await run({
			resource: 'redirect',
			operation: 'create',
			helpCenterId: byId('81'),
			fromUrl: 'https://help.sandbox.example/sandbox/fr/ancienne-page',
			targetType: 'article',
			targetArticleId: '11',
			locale: 'fr',
		});
		expect(toArticle.error).toBeUndefined();

		const got = await run({
			resource: 'redirect',
			operation: 'get',
			helpCenterId: byId('81'),
			redirectId: byId(String(redirect.id)),
		});
		expect(jsonOf(got)).toEqual([redirect]);

		const listed = await run({
			resource: 'redirect',
			operation: 'getAll',
			helpCenterId: byId('81'),
			returnAll: true,
		});
		expect(jsonOf(listed).map((r) => r.from_url)).toEqual(
			expect.arrayContaining([
				'https://help.sandbox.example/sandbox/en/old-faq',
				'https://help.sandbox.example/sandbox/fr/ancienne-page',
			]),
		);
		expect(jsonOf(listed)).toHaveLength(2);
		const otherHelpCenter = await run({
			resource: 'redirect',
			operation: 'getAll',
			helpCenterId: byId('82'),
			returnAll: true,
		});
		expect(otherHelpCenter.items).toEqual([]);

		const deleted = await run({
			resource: 'redirect',
			operation: 'delete',
			helpCenterId: byId('81'),
			redirectId: byId(String(redirect.id)),
		});
		expect(jsonOf(deleted)).toEqual([
			{ id: redirect.id, object: 'help_center_redirect', deleted: true },
		]);
		const gone = await run({
			resource: 'redirect',
			operation: 'get',
			helpCenterId: byId('81'),
			redirectId: byId(String(redirect.id)),
		});
		expect(gone.error?.message).toBe('Intercom error 404: not_found: Resource not found');
		expect(sandbox.violations).toEqual([]);
	});

	it('Intercom’s own refusals: a URL redirected twice, a collection of another help center, an unknown help center', async () => {
		const collection = jsonOf(
			await run({ resource: 'collection', operation: 'create', name: 'FAQ' }),
		)[0];
		const create = (parameters: Record<string, unknown>) =>
			run({
				resource: 'redirect',
				operation: 'create',
				helpCenterId: byId('81'),
				fromUrl: 'https://help.sandbox.example/sandbox/old',
				targetType: 'article',
				targetArticleId: '11',
				locale: 'en',
				...parameters,
			});
		expect((await create({})).error).toBeUndefined();
		expect((await create({})).error?.message).toBe(
			'Intercom error 409: resource_conflict: A redirect with that URL already exists',
		);
		expect(
			(
				await create({
					helpCenterId: byId('82'),
					targetType: 'collection',
					targetCollectionId: byId(String(collection.id)),
				})
			).error?.message,
		).toBe(
			'Intercom error 422: data_invalid: target must be a member of the help center (field: target_id)',
		);
		expect((await create({ helpCenterId: byId('999') })).error?.message).toBe(
			'Intercom error 404: not_found: Resource not found',
		);
		expect(sandbox.violations).toEqual([]);
	});
});
