import {
	byId,
	byList,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const ADMIN = '991267834';

const newsItem = (extra: Record<string, unknown> = {}) => ({
	id: '33',
	type: 'news-item',
	workspace_id: 'ws1',
	title: 'Halloween is here!',
	body: '<p>New costumes in store for this spooky season</p>',
	sender_id: Number(ADMIN),
	state: 'draft',
	labels: [],
	cover_image_url: null,
	reactions: [null, null, null, null],
	deliver_silently: false,
	created_at: 1734537797,
	updated_at: 1734537797,
	newsfeed_assignments: [],
	...extra,
});

describe('newsItem › create', () => {
	it('POSTs /news/news_items with the title, the sender as a number and the HTML body', async () => {
		const { scope, requests } = intercom();
		scope.post('/news/news_items').reply(200, newsItem());
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'create',
			title: ' Halloween is here! ',
			senderId: ADMIN,
			body: '<p>New costumes in store for this spooky season</p>',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/news/news_items',
				query: {},
				body: {
					title: 'Halloween is here!',
					sender_id: 991267834,
					body: '<p>New costumes in store for this spooky season</p>',
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([newsItem()]);
	});

	it('sends every additional field: state, silent delivery, labels, reactions and newsfeeds with a past publish date', async () => {
		const { scope, requests } = intercom();
		scope.post('/news/news_items').reply(200, newsItem({ state: 'live' }));
		const result = await runIntercom(
			{
				resource: 'newsItem',
				operation: 'create',
				title: 'Halloween is here!',
				senderId: ADMIN,
				body: '',
				additionalFields: {
					state: 'live',
					deliverSilently: true,
					labels: 'Product, Update,, New ',
					reactions: '😆,😅',
					newsfeedAssignments: {
						assignment: [
							{ newsfeedId: byList('53'), publishedAt: '2022-10-01T15:30:14' },
							{ newsfeedId: byId('54'), publishedAt: '' },
						],
					},
				},
			},
			{ timezone: 'Europe/Paris' },
		);
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			title: 'Halloween is here!',
			sender_id: 991267834,
			state: 'live',
			deliver_silently: true,
			labels: ['Product', 'Update', 'New'],
			reactions: ['😆', '😅'],
			newsfeed_assignments: [
				// 15:30:14 in Paris (summer time, UTC+2).
				{ newsfeed_id: 53, published_at: 1664631014 },
				{ newsfeed_id: 54 },
			],
		});
	});

	it('an added but empty Reactions switches reactions off ([]), as Intercom documents', async () => {
		const { scope, requests } = intercom();
		scope.post('/news/news_items').reply(200, newsItem({ reactions: [] }));
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'create',
			title: 'Quiet news',
			senderId: ADMIN,
			additionalFields: { reactions: '' },
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ title: 'Quiet news', sender_id: 991267834, reactions: [] });
	});

	it.each([
		[{ title: '={{ "" }}' }, 'Title: is empty (item 0)'],
		[{ senderId: '={{ "" }}' }, 'Sender: is empty. Pick one from the list or give its ID (item 0)'],
		[{ senderId: 'ada' }, 'Sender: "ada" is not a valid Intercom ID (it is a number) (item 0)'],
		[
			{ additionalFields: { state: '={{ "published" }}' } },
			'State: got text "published", expected one of "draft", "live" (item 0)',
		],
		[
			{
				additionalFields: {
					newsfeedAssignments: {
						assignment: [{ newsfeedId: byId('53') }, { newsfeedId: byList('53') }],
					},
				},
			},
			'Newsfeed Assignments › 2 › Newsfeed: newsfeed 53 is assigned twice (item 0)',
		],
		[
			{ additionalFields: { newsfeedAssignments: { assignment: [{ newsfeedId: byList('') }] } } },
			'Newsfeed Assignments › 1 › Newsfeed: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			{ additionalFields: { newsfeedAssignments: { assignment: [{ newsfeedId: byId('feed') }] } } },
			'Newsfeed Assignments › 1 › Newsfeed: "feed" is not a valid Intercom ID (it is a number) (item 0)',
		],
		[
			{
				additionalFields: {
					newsfeedAssignments: {
						assignment: [{ newsfeedId: byId('53'), publishedAt: '2099-01-01T00:00:00Z' }],
					},
				},
			},
			"Newsfeed Assignments › 1 › Published At: 2099-01-01T00:00:00.000Z is in the future; Intercom takes past publish dates only (schedule news items in Intercom's app) (item 0)",
		],
		[
			{
				additionalFields: {
					newsfeedAssignments: { assignment: [{ newsfeedId: byId('53'), publishedAt: 'soon' }] },
				},
			},
			'Newsfeed Assignments › 1 › Published At: got text "soon", expected a date: ISO 8601 such as 2026-01-31 or 2026-01-31T12:00:00Z, or Unix seconds (item 0)',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'newsItem',
			operation: 'create',
			title: 'News',
			senderId: ADMIN,
			...parameters,
		});
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('newsItem › create');
