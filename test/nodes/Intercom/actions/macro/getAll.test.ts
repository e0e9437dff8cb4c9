import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const macro = (id: string) => ({
	type: 'macro',
	id,
	name: `Macro ${id}`,
	body: null,
	body_text: null,
	created_at: '2025-07-22T11:08:20.000Z',
	updated_at: '2025-07-23T11:08:20.000Z',
	visible_to: 'everyone',
	visible_to_team_ids: [],
	available_on: ['inbox'],
});

const page = (ids: string[], next?: string) => ({
	type: 'list',
	data: ids.map(macro),
	pages: { type: 'pages', per_page: 150, next: next ? { starting_after: next } : null },
});

describe('macro › getAll', () => {
	it('Return All asks 150 a page and follows the cursor to the last page', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/macros')
			.query({ per_page: '150' })
			.reply(200, page(['1', '2'], 'WzE3MTk0OTM3NTcuMCwgIjIiXQ=='))
			.get('/macros')
			.query({ per_page: '150', starting_after: 'WzE3MTk0OTM3NTcuMCwgIjIiXQ==' })
			.reply(200, page(['3']));
		const result = await runIntercom({ resource: 'macro', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{ per_page: '150' },
			{ per_page: '150', starting_after: 'WzE3MTk0OTM3NTcuMCwgIjIiXQ==' },
		]);
		expect(jsonOf(result)).toEqual([macro('1'), macro('2'), macro('3')]);
	});

	it('a Limit asks only for what is missing and stops once it has them', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/macros')
			.query({ per_page: '2' })
			.reply(200, page(['1', '2'], 'c1'));
		const result = await runIntercom({ resource: 'macro', operation: 'getAll', limit: 2 });
		expect(requests).toHaveLength(1);
		expect(jsonOf(result).map((m) => m.id)).toEqual(['1', '2']);
	});

	it('Updated Since is sent as Unix seconds (a date in the workflow’s timezone)', async () => {
		const { scope, requests } = intercom();
		scope.get('/macros').query(true).reply(200, page([]));
		const result = await runIntercom(
			{
				resource: 'macro',
				operation: 'getAll',
				returnAll: true,
				options: { updatedSince: '2024-06-27T09:56:06' },
			},
			{ timezone: 'UTC' },
		);
		expect(result.error).toBeUndefined();
		expect(requests[0].query).toEqual({ per_page: '150', updated_since: '1719482166' });
		expect(result.items).toEqual([]);
	});

	it('refuses an Updated Since that is not a date before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'macro',
			operation: 'getAll',
			returnAll: true,
			options: { updatedSince: '={{ "yesterday" }}' },
		});
		expect(result.error?.message).toBe(
			'Updated Since: got text "yesterday", expected a date: ISO 8601 such as 2026-01-31 or 2026-01-31T12:00:00Z, or Unix seconds (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('macro › getAll');
