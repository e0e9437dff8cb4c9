import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const logs = (ids: string[], next: string | null, page: number) => ({
	type: 'activity_log.list',
	pages: { type: 'pages', next, page, per_page: 20, total_pages: 2 },
	activity_logs: ids.map((id) => ({
		id,
		performed_by: { type: 'admin', id: '991267464', email: 'admin5@example.com', ip: '127.0.0.1' },
		metadata: {},
		created_at: 1769860900,
		activity_type: 'app_name_change',
		activity_description: 'Changed the app name.',
	})),
});

describe('admin › getActivityLogs', () => {
	it('sends the period in Unix seconds and Return All follows pages.next', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/admins/activity_logs')
			.query({ created_at_after: '1769860800', created_at_before: '1769947200' })
			.reply(
				200,
				logs(
					['l1', 'l2'],
					'https://api.intercom.io/admins/activity_logs?created_at_after=1769860800&created_at_before=1769947200&page=2&per_page=20',
					1,
				),
			)
			.get('/admins/activity_logs')
			.query({
				created_at_after: '1769860800',
				created_at_before: '1769947200',
				page: '2',
				per_page: '20',
			})
			.reply(200, logs(['l3'], null, 2));
		const result = await runIntercom({
			resource: 'admin',
			operation: 'getActivityLogs',
			createdAtAfter: '2026-01-31T12:00:00Z',
			returnAll: true,
			options: { createdAtBefore: '2026-02-01T12:00:00Z' },
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			[
				'GET',
				'/admins/activity_logs',
				{ created_at_after: '1769860800', created_at_before: '1769947200' },
			],
			[
				'GET',
				'/admins/activity_logs',
				{
					created_at_after: '1769860800',
					created_at_before: '1769947200',
					page: '2',
					per_page: '20',
				},
			],
		]);
		expect(jsonOf(result).map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
	});

	it('follows numbered pages when pages.next is empty, and stops at the Limit', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/admins/activity_logs')
			.query({ created_at_after: '1769860800' })
			.reply(200, logs(['l1', 'l2'], null, 1))
			.get('/admins/activity_logs')
			.query({ created_at_after: '1769860800', page: '2' })
			.reply(200, logs(['l3', 'l4'], null, 2));
		const result = await runIntercom({
			resource: 'admin',
			operation: 'getActivityLogs',
			createdAtAfter: '={{ 1769860800 }}',
			limit: 3,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(jsonOf(result).map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
	});

	it.each([
		[
			{ createdAtAfter: 'last tuesday' },
			/^Created After: got text "last tuesday", expected a date/,
		],
		[{ createdAtAfter: '={{ "" }}' }, /^Created After: is empty \(item 0\)$/],
		[
			{
				createdAtAfter: '2026-02-01T00:00:00Z',
				options: { createdAtBefore: '2026-01-01T00:00:00Z' },
			},
			/^Created Before: must be later than Created After \(item 0\)$/,
		],
	])('refuses bad dates before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'admin',
			operation: 'getActivityLogs',
			returnAll: true,
			...parameters,
		});
		expect(result.error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('admin › getActivityLogs');
