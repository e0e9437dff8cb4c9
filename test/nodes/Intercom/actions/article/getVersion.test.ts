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

const { article: id, version: versionId } = ARTICLE_IDS;
const base = { resource: 'article', operation: 'getVersion', articleId: byId(id), versionId };
const version = {
	type: 'article_version',
	id: versionId,
	article_id: id,
	title: 'This is the article title',
	description: '',
	body: '<p class="no-margin">Body of this version</p>',
	body_markdown: 'Body of this version\n',
	author_id: '991267502',
	created_by_id: '5017691',
	created_via: 'web',
	from_version_id: '300',
	state: 'published',
	created_at: 1734537292,
	updated_at: 1734537292,
};

describe('article › getVersion', () => {
	it('GETs /articles/{id}/versions/{version_id}: the version with its content', async () => {
		const { scope, requests } = intercom();
		scope.get(`/articles/${id}/versions/${versionId}`).reply(200, version);
		const result = await runIntercom(base);
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: `/articles/${id}/versions/${versionId}`,
				query: {},
			}),
		]);
		expect(jsonOf(result)).toEqual([version]);
	});

	it('sends the locale when chosen', async () => {
		const { scope, requests } = intercom();
		scope
			.get(`/articles/${id}/versions/${versionId}`)
			.query({ locale: 'pt-BR' })
			.reply(200, version);
		await runIntercom({ ...base, options: { locale: 'pt-BR' } });
		expect(requests[0].query).toEqual({ locale: 'pt-BR' });
	});

	it('an unknown version is Intercom’s 404', async () => {
		const { scope } = intercom();
		scope
			.get(`/articles/${id}/versions/999`)
			.reply(404, errorList('not_found', 'Resource Not Found'));
		const result = await runIntercom({ ...base, versionId: '999' });
		expect(result.error?.message).toBe('Intercom error 404: not_found: Resource Not Found');
	});

	it.each([
		['={{ "" }}', 'Version ID: is empty (item 0)'],
		[
			'={{ "3/../4" }}',
			'Version ID: "3/../4" is not a version ID (as Get Versions lists them, e.g. 301) (item 0)',
		],
	])('refuses a bad version ID before any request: %s', async (value, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, versionId: value });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('article › getVersion');
