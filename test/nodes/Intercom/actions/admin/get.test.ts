import {
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('admin › get', () => {
	it('GETs /admins/{id}', async () => {
		const { scope, requests } = intercom();
		const admin = {
			type: 'admin',
			id: '991267459',
			name: 'Ciaran Lee',
			email: 'admin@example.com',
			away_mode_enabled: false,
		};
		scope.get('/admins/991267459').reply(200, admin);
		const result = await runIntercom({ resource: 'admin', operation: 'get', adminId: '991267459' });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/admins/991267459',
				query: {},
				body: undefined,
			}),
		]);
		expect(jsonOf(result)).toEqual([admin]);
	});

	it('an unknown admin gives Intercom’s 404', async () => {
		const { scope } = intercom();
		scope.get('/admins/1').reply(404, errorList('admin_not_found', 'Admin for admin_id not found'));
		const result = await runIntercom({ resource: 'admin', operation: 'get', adminId: '1' });
		expect(result.error?.message).toBe(
			'Intercom error 404: admin_not_found: Admin for admin_id not found',
		);
	});

	it('refuses an empty admin before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'admin', operation: 'get', adminId: '={{ "" }}' });
		expect(result.error?.message).toBe(
			'Admin: is empty. Pick one from the list or give its ID (item 0)',
		);
		expect(requests).toHaveLength(0);
	});

	it('refuses an admin ID that is not a number (Intercom’s admin IDs are integers) before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'admin', operation: 'get', adminId: 'ciaran' });
		expect(result.error?.message).toBe(
			'Admin: "ciaran" is not a valid Intercom ID (it is a number) (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('admin › get');
