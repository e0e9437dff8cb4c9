import type { Sandbox } from '../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../sandbox';
import { resource } from '../../sandbox/crud';

// Rows for resources the sandbox does not serve, each nothing but a table row. Internal articles and
// content snippets are served by the sandbox itself with nothing but a row each (resources.ts).
// Jest gives every test file its own modules, so these routes exist in this file only.
resource({
	path: '/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions',
	type: 'office_hours_exception',
});
resource({ path: '/ai/content_import_sources', type: 'content_import_source' });

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes, read field by field in each test
type Answer = { status: number; body: any };

async function call(method: string, path: string, body?: unknown): Promise<Answer> {
	const res = await fetch(`${sandbox.url}${path}`, {
		method,
		headers: {
			authorization: `Bearer ${SANDBOX_TOKEN}`,
			'intercom-version': '2.16',
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

describe('generic resources: a table row alone', () => {
	it('creates, gets, updates, lists and deletes, in the shapes of the spec', async () => {
		const created = await call('POST', '/internal_articles', {
			title: 'Billing',
			body: 'Invoices and plans',
			owner_id: 991267460,
			author_id: 991267460,
		});
		expect(created.status).toBe(200);
		expect(created.body).toEqual({
			type: 'internal_article',
			id: expect.stringMatching(/^\d+$/),
			title: 'Billing',
			body: 'Invoices and plans',
			owner_id: 991267460,
			author_id: 991267460,
			created_at: expect.any(Number),
			updated_at: expect.any(Number),
		});
		const id = created.body.id as string;
		expect((await call('GET', `/internal_articles/${id}`)).body).toEqual(created.body);

		const updated = await call('PUT', `/internal_articles/${id}`, { title: 'Payments' });
		expect(updated.body).toEqual({
			...created.body,
			title: 'Payments',
			updated_at: expect.any(Number),
		});

		// internal_article_list declares pages: numbered ones, 50 a page.
		expect((await call('GET', '/internal_articles')).body).toEqual({
			type: 'list',
			data: [updated.body],
			total_count: 1,
			pages: { type: 'pages', page: 1, per_page: 50, total_pages: 1 },
		});

		expect((await call('DELETE', `/internal_articles/${id}`)).body).toEqual({
			id,
			object: 'internal_article',
			deleted: true,
		});
		const gone = await call('GET', `/internal_articles/${id}`);
		expect(gone.status).toBe(404);
		expect(gone.body.errors).toEqual([{ code: 'not_found', message: 'Resource Not Found' }]);
		expect((await call('PUT', `/internal_articles/${id}`, { title: 'x' })).status).toBe(404);
	});

	it('answers 201 to a create and 204 to a delete where the spec does; numbered pages where the spec puts them', async () => {
		const ids: string[] = [];
		for (const title of ['Refunds', 'Shipping', 'Returns']) {
			const res = await call('POST', '/content_snippets', { title });
			expect(res.status).toBe(201);
			ids.push(res.body.id as string);
		}
		const first = (await call('GET', '/content_snippets?per_page=2')).body;
		// content_snippet_list has page, per_page and total_pages at the top, no pages object.
		expect(first).toMatchObject({
			type: 'list',
			total_count: 3,
			page: 1,
			per_page: 2,
			total_pages: 2,
		});
		expect(first.pages).toBeUndefined();
		expect(first.data.map((s: { title: string }) => s.title)).toEqual(['Refunds', 'Shipping']);
		expect(
			(await call('GET', '/content_snippets?page=2&per_page=2')).body.data.map(
				(s: { title: string }) => s.title,
			),
		).toEqual(['Returns']);
		expect((await call('GET', '/content_snippets?per_page=51')).status).toBe(400);

		const deleted = await call('DELETE', `/content_snippets/${ids[1]}`);
		expect(deleted).toEqual({ status: 204, body: undefined });
		expect(
			(await call('GET', '/content_snippets?per_page=5')).body.data.map(
				(s: { id: string }) => s.id,
			),
		).toEqual([ids[0], ids[2]]);
	});

	it('a nested path keeps each parent’s records apart and names the parent where the object has the field', async () => {
		const day = { exception_date: '2026-12-25', exception_type: 'closed' };
		const a = await call('POST', '/office_hours_schedules/s1/office_hours_exceptions', day);
		expect(a.status).toBe(201);
		expect(a.body).toMatchObject({
			type: 'office_hours_exception',
			office_hours_schedule_id: 's1',
			...day,
		});
		const b = (
			await call('POST', '/office_hours_schedules/s2/office_hours_exceptions', {
				...day,
				name: 'Boxing Day',
				exception_date: '2026-12-26',
			})
		).body;
		expect((await call('GET', '/office_hours_schedules/s1/office_hours_exceptions')).body).toEqual({
			type: 'list',
			data: [a.body],
		});
		expect(
			(await call('GET', `/office_hours_schedules/s1/office_hours_exceptions/${b.id as string}`))
				.status,
		).toBe(404);
		expect(
			(await call('GET', `/office_hours_schedules/s2/office_hours_exceptions/${b.id as string}`))
				.body,
		).toEqual(b);
		expect(
			(
				await call(
					'DELETE',
					`/office_hours_schedules/s1/office_hours_exceptions/${a.body.id as string}`,
				)
			).body,
		).toEqual({ id: a.body.id, object: 'office_hours_exception', deleted: true });
		expect(
			(await call('GET', '/office_hours_schedules/s1/office_hours_exceptions')).body.data,
		).toEqual([]);
	});

	it('gives integer ids where the spec’s object has them', async () => {
		const created = (
			await call('POST', '/ai/content_import_sources', {
				sync_behavior: 'api',
				url: 'https://docs.example',
			})
		).body;
		expect(created).toMatchObject({
			type: 'content_import_source',
			id: expect.any(Number),
			url: 'https://docs.example',
		});
		expect(
			(
				await call('PUT', `/ai/content_import_sources/${created.id as number}`, {
					sync_behavior: 'manual',
					url: 'https://docs.example/v2',
				})
			).body,
		).toMatchObject({ id: created.id, sync_behavior: 'manual' });
		expect(
			(await call('DELETE', `/ai/content_import_sources/${created.id as number}`)).status,
		).toBe(204);
	});

	it('shows its records in the control state by collection path; reset empties them', async () => {
		const created = (
			await call('POST', '/internal_articles', { title: 'FAQ', owner_id: 1, author_id: 1 })
		).body;
		expect(sandbox.snapshot()['/internal_articles']).toEqual([created]);
		sandbox.reset();
		expect(sandbox.snapshot()['/internal_articles']).toBeUndefined();
		expect((await call('GET', '/internal_articles')).body.data).toEqual([]);
	});

	it('is refused when the spec does not back it, before any of its routes exists', () => {
		expect(() => resource({ path: '/teams', type: 'team', ops: ['list', 'create'] })).toThrow(
			'resource /teams: the spec has no create operation',
		);
		expect(() => resource({ path: '/segments', type: 'group', ops: ['list'] })).toThrow(
			'resource /segments: the spec\'s objects are "segment", the row says "group"',
		);
		expect(() => resource({ path: '/tags', type: 'tag', ops: ['list'] })).toThrow(
			'sandbox: GET /tags is registered twice',
		);
	});
});

describe('generic resources: the rows for what the nodes use', () => {
	it('delete answers take their fields from the spec', async () => {
		const contact = (
			await call('POST', '/contacts', { role: 'user', email: 'd@example.com', external_id: 'x-1' })
		).body;
		const company = (await call('POST', '/companies', { company_id: 'acme' })).body;
		const tag = (await call('POST', '/tags', { name: 'Gone' })).body;
		expect((await call('DELETE', `/contacts/${contact.id as string}`)).body).toEqual({
			type: 'contact',
			id: contact.id,
			external_id: 'x-1',
			deleted: true,
		});
		expect((await call('DELETE', `/companies/${company.id as string}`)).body).toEqual({
			id: company.id,
			object: 'company',
			deleted: true,
		});
		// DELETE /tags/{id}: the spec's 200 has no body; the sandbox answers {}.
		expect(await call('DELETE', `/tags/${tag.id as string}`)).toEqual({ status: 200, body: {} });
	});

	it('notes page by number, 50 a page, and link the next page on their own path', async () => {
		const contact = (await call('POST', '/contacts', { role: 'user', email: 'n@example.com' }))
			.body;
		const notes = `/contacts/${contact.id as string}/notes`;
		for (let i = 1; i <= 51; i++) await call('POST', notes, { body: `note ${i}` });
		const first = (await call('GET', notes)).body;
		expect(first).toMatchObject({
			type: 'list',
			total_count: 51,
			pages: { type: 'pages', page: 1, per_page: 50, total_pages: 2, next: `${notes}?page=2` },
		});
		expect(first.data).toHaveLength(50);
		const second = (await call('GET', `${notes}?page=2`)).body;
		expect(second.data.map((n: { body: string }) => n.body)).toEqual(['note 51']);
		expect(second.pages.next).toBeUndefined();
		const company = (await call('POST', '/companies', { company_id: 'acme' })).body;
		await call('POST', `/companies/${company.id as string}/notes`, { body: 'on the company' });
		expect(
			(await call('GET', `/companies/${company.id as string}/notes`)).body.data.map(
				(n: { body: string }) => n.body,
			),
		).toEqual(['on the company']);
		expect(
			(await call('GET', '/companies/5a0000000000000000000999/notes')).body.errors[0].code,
		).toBe('company_not_found');
	});
});
