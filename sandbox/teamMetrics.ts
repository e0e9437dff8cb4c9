/**
 * A team's real-time metrics (GET /teams/{id}/metrics), computed from the conversations: for each
 * admin of the team, the open and snoozed conversations assigned to them, and the open ones
 * waiting longer than `idle_threshold` seconds (default 1800, clamped to 1–86400) since their last
 * change.
 */
import { invalid, notFound } from './errors';
import { route } from './registry';

const IDLE_DEFAULT = 1800;

route('GET /teams/{team_id}/metrics', ({ store, params, query }) => {
	const team = store.teams.find((t) => String(t.id) === params.team_id);
	if (!team) throw notFound('Team not found', 'team_not_found');
	let idle = IDLE_DEFAULT;
	if (query.idle_threshold !== undefined) {
		idle = Number(query.idle_threshold);
		if (!Number.isInteger(idle))
			throw invalid('idle_threshold must be an integer', 'idle_threshold');
		idle = Math.min(86_400, Math.max(1, idle));
	}
	const t = store.now();
	const conversations = [...store.conversations.values()];
	return {
		type: 'team_metric.list',
		data: ((team.admin_ids as number[] | undefined) ?? []).map((adminId) => {
			const mine = conversations.filter((c) => String(c.admin_assignee_id) === String(adminId));
			const open = mine.filter((c) => c.state === 'open');
			return {
				type: 'team_metric',
				admin_id: String(adminId),
				open: open.length,
				idle: open.filter((c) => t - c.updated_at > idle).length,
				snoozed: mine.filter((c) => c.state === 'snoozed').length,
			};
		}),
	};
});
