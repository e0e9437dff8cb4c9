import {
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const metrics = {
	type: 'team_metric.list',
	data: [
		{ type: 'team_metric', admin_id: '123', open: 5, idle: 2, snoozed: 1 },
		{ type: 'team_metric', admin_id: '456', open: 3, idle: 0, snoozed: 2 },
	],
};

describe('team › getMetrics', () => {
	it('GETs /teams/{id}/metrics: one item per admin of the team', async () => {
		const { scope, requests } = intercom();
		scope.get('/teams/814/metrics').reply(200, metrics);
		const result = await runIntercom({ resource: 'team', operation: 'getMetrics', teamId: '814' });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/teams/814/metrics', query: {} }),
		]);
		expect(jsonOf(result)).toEqual(metrics.data);
	});

	it('sends Idle After as idle_threshold, and refuses one outside 1–86400 before any request', async () => {
		const { scope, requests } = intercom();
		scope.get('/teams/814/metrics').query({ idle_threshold: '600' }).reply(200, metrics);
		const result = await runIntercom({
			resource: 'team',
			operation: 'getMetrics',
			teamId: '814',
			options: { idleThreshold: 600 },
		});
		expect(result.error).toBeUndefined();
		const zero = await runIntercom({
			resource: 'team',
			operation: 'getMetrics',
			teamId: '814',
			options: { idleThreshold: '={{ 0 }}' },
		});
		expect(zero.error?.message).toBe(
			'Idle After (Seconds): got the number 0, expected a whole number from 1 to 86400 (item 0)',
		);
		expect(requests).toHaveLength(1);
	});

	it('shows Intercom’s 403 when the workspace lacks real-time monitoring, and its 404 for an unknown team', async () => {
		const { scope } = intercom();
		scope
			.get('/teams/814/metrics')
			.reply(
				403,
				errorList('api_plan_restricted', 'Real-time monitoring is not enabled for your workspace.'),
			)
			.get('/teams/9/metrics')
			.reply(404, errorList('team_not_found', 'Team not found'));
		const plan = await runIntercom({ resource: 'team', operation: 'getMetrics', teamId: '814' });
		expect(plan.error?.message).toBe(
			'Intercom error 403: api_plan_restricted: Real-time monitoring is not enabled for your workspace.',
		);
		const missing = await runIntercom({ resource: 'team', operation: 'getMetrics', teamId: '9' });
		expect(missing.error?.message).toBe('Intercom error 404: team_not_found: Team not found');
	});
});

contractSuite('team › getMetrics');
