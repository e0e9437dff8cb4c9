import {
	byId,
	byList,
	byUrl,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const redirect = (extra: Record<string, unknown> = {}) => ({
	id: '26',
	type: 'help_center_redirect',
	from_url: 'http://help-center.test/lovelyhelpcenter/old-page',
	locale: 'en',
	help_center_id: '7',
	target_type: 'article',
	target_id: '11',
	created_at: 1781619405,
	updated_at: 1781619405,
	...extra,
});

const base = {
	resource: 'redirect',
	operation: 'create',
	helpCenterId: byList('7'),
	fromUrl: 'http://help-center.test/lovelyhelpcenter/old-page',
};

describe('redirect › create', () => {
	it('POSTs /help_center/help_centers/{id}/redirects to an article', async () => {
		const { scope, requests } = intercom();
		scope.post('/help_center/help_centers/7/redirects').reply(200, redirect());
		const result = await runIntercom({
			...base,
			fromUrl: ' http://help-center.test/lovelyhelpcenter/old-page ',
			targetType: 'article',
			targetArticleId: '11',
			locale: 'en',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/help_center/help_centers/7/redirects',
				query: {},
				body: {
					from_url: 'http://help-center.test/lovelyhelpcenter/old-page',
					locale: 'en',
					target_type: 'article',
					target_id: '11',
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([redirect()]);
	});

	it('to a collection picked by its URL, in another locale', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/help_center/help_centers/7/redirects')
			.reply(200, redirect({ target_type: 'collection', target_id: '159', locale: 'pt-BR' }));
		const result = await runIntercom({
			...base,
			targetType: 'collection',
			targetCollectionId: byUrl('https://help.example.com/pt-BR/collections/159-comecar'),
			locale: 'pt-BR',
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			from_url: 'http://help-center.test/lovelyhelpcenter/old-page',
			locale: 'pt-BR',
			target_type: 'collection',
			target_id: '159',
		});
	});

	it.each([
		[{ fromUrl: '={{ "" }}' }, 'From URL: is empty (item 0)'],
		[
			{ fromUrl: '/lovelyhelpcenter/old-page' },
			'From URL: "/lovelyhelpcenter/old-page" is not a valid URL; give an absolute URL such as https://help.example.com/en/old-page (item 0)',
		],
		[
			{ fromUrl: 'ftp://help-center.test/old' },
			'From URL: "ftp://help-center.test/old" is not a valid URL; give an absolute URL such as https://help.example.com/en/old-page (item 0)',
		],
		[
			{ fromUrl: 'https://help center.test/old' },
			'From URL: "https://help center.test/old" is not a valid URL; give an absolute URL such as https://help.example.com/en/old-page (item 0)',
		],
		[{ fromUrl: '={{ { url: "x" } }}' }, 'From URL: got an object, expected text (item 0)'],
		[{ targetArticleId: '={{ "" }}' }, 'Target Article ID: is empty (item 0)'],
		[{ targetArticleId: 'abc' }, 'Target Article ID: "abc" is not an article ID (digits) (item 0)'],
		[
			{ targetType: 'collection', targetCollectionId: byList('={{ "" }}') },
			'Target Collection: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			{ targetType: '={{ "section" }}', targetCollectionId: byId('159') },
			'Target Type: got text "section", expected one of "article", "collection" (item 0)',
		],
		[
			{ locale: '={{ "english" }}' },
			'Locale: "english" is not one of Intercom\'s Help Center locales (item 0)',
		],
		[
			{ helpCenterId: byId('={{ "main" }}') },
			'Help Center: "main" is not a valid Intercom ID (it is a number) (item 0)',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({ ...base, targetArticleId: '11', ...parameters });
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});

	it('Intercom’s 409 for a URL already redirected is shown as is', async () => {
		const { scope } = intercom();
		scope
			.post('/help_center/help_centers/7/redirects')
			.reply(409, errorList('resource_conflict', 'A redirect with that URL already exists'));
		const result = await runIntercom({ ...base, targetArticleId: '11' });
		expect(result.error?.message).toBe(
			'Intercom error 409: resource_conflict: A redirect with that URL already exists',
		);
	});
});

contractSuite('redirect › create');
