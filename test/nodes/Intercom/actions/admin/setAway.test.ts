import { contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const admin = (away: boolean) => ({
	type: 'admin',
	id: '991267459',
	name: 'Ciaran Lee',
	away_mode_enabled: away,
	away_mode_reassign: away,
});

describe('admin › setAway', () => {
	it('PUT /admins/{id}/away with away on, reassigning, and a reason', async () => {
		const { scope, requests } = intercom();
		scope.put('/admins/991267459/away').reply(200, admin(true));
		const result = await runIntercom({
			resource: 'admin',
			operation: 'setAway',
			adminId: '991267459',
			awayModeEnabled: true,
			awayModeReassign: true,
			options: { awayStatusReasonId: '12345' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/admins/991267459/away',
				body: { away_mode_enabled: true, away_mode_reassign: true, away_status_reason_id: 12345 },
			}),
		]);
		expect(jsonOf(result)).toEqual([admin(true)]);
	});

	it('back from away: both flags false, no reason', async () => {
		const { scope, requests } = intercom();
		scope.put('/admins/991267459/away').reply(200, admin(false));
		const result = await runIntercom({
			resource: 'admin',
			operation: 'setAway',
			adminId: '991267459',
			awayModeEnabled: false,
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ away_mode_enabled: false, away_mode_reassign: false });
	});

	it('refuses a reason that is not an ID before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'admin',
			operation: 'setAway',
			adminId: '1',
			options: { awayStatusReasonId: 'lunch' },
		});
		expect(result.error?.message).toBe('Away Status Reason: "lunch" is not a reason ID (item 0)');
		expect(requests).toHaveLength(0);
	});

	it('refuses an admin ID that is not a number before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'admin', operation: 'setAway', adminId: 'me' });
		expect(result.error?.message).toBe(
			'Admin: "me" is not a valid Intercom ID (it is a number) (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('admin › setAway');
