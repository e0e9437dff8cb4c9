import {
	byId,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';
import { ARTICLE_IDS } from './articleFixtures';

isolateNetwork();

const id = ARTICLE_IDS.article;
const base = { resource: 'article', operation: 'getVersions', articleId: byId(id) };
const version = (versionId: number) => ({
	type: 'article_version',
	id: String(versionId),
	article_id: id,
	title: `Title at ${versionId}`,
	description: '',
	author_id: '991267502',
	created_by_id: '5017691',
	created_via: 'api',
	from_version_id: versionId > 1 ? String(versionId - 1) : null,
	state: 'draft',
	created_at: 1734530000 + versionId,
});
const page = (from: number, n: number, pageNo: number, totalPages: number, perPage = 60) => ({
	type: 'list',
	pages: { type: 'pages', page: pageNo, per_page: perPage, total_pages: totalPages },
	total_count: 70,
	data: Array.from({ length: n }, (_, k) => version(from - k)),
});

describe('article › getVersions', () => {
	it('Return All pages through GET /articles/{id}/versions, 60 a page', async () => {
		const { scope, requests } = intercom();
		scope
			.get(`/articles/${id}/versions`)
			.query({ page: '1', per_page: '60' })
			.reply(200, page(70, 60, 1, 2))
			.get(`/articles/${id}/versions`)
			.query({ page: '2', per_page: '60' })
			.reply(200, page(10, 10, 2, 2));
		const result = await runIntercom({ ...base, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/articles/${id}/versions`, { page: '1', per_page: '60' }],
			['GET', `/articles/${id}/versions`, { page: '2', per_page: '60' }],
		]);
		expect(result.items).toHaveLength(70);
		expect(jsonOf(result)[0]).toEqual(version(70));
	});

	it('a Limit asks for that many; a locale is sent when chosen', async () => {
		const { scope, requests } = intercom();
		scope
			.get(`/articles/${id}/versions`)
			.query({ page: '1', per_page: '3', locale: 'fr' })
			.reply(200, page(70, 3, 1, 24, 3));
		const result = await runIntercom({ ...base, limit: 3, options: { locale: 'fr' } });
		expect(requests).toHaveLength(1);
		expect(jsonOf(result).map((v) => v.id)).toEqual(['70', '69', '68']);
	});

	it('Intercom’s 400 for a locale the workspace lacks is shown as is', async () => {
		const { scope } = intercom();
		scope
			.get(`/articles/${id}/versions`)
			.query(true)
			.reply(400, errorList('parameter_invalid', 'Unknown locale'));
		const result = await runIntercom({ ...base, options: { locale: 'ja' } });
		expect(result.error?.message).toBe('Intercom error 400: parameter_invalid: Unknown locale');
	});

	it('refuses a locale Intercom’s articles do not have before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, options: { locale: '={{ "english" }}' } });
		expect(result.error?.message).toMatch(
			/^Locale: got text "english", expected one of "ar", .+ \(item 0\)$/,
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › getVersions');
