import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	contractSuite,
	conversation,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const path = `/conversations/${IDS.conversation}/parts`;
const base = {
	resource: 'conversation',
	operation: 'assign',
	conversationId: byId(IDS.conversation),
	adminId: IDS.admin,
};

describe('conversation › assign', () => {
	it('to an admin, with a message', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation, { admin_assignee_id: 991267732 }));
		const result = await runIntercom({
			...base,
			assignTo: 'admin',
			assigneeAdminId: '991267732',
			options: { body: 'Yours' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ method: 'POST', path, query: {} });
		expect(requests[0].body).toEqual({
			message_type: 'assignment',
			type: 'admin',
			admin_id: IDS.admin,
			assignee_id: '991267732',
			body: 'Yours',
		});
		expect(jsonOf(result)[0]).toMatchObject({ admin_assignee_id: 991267732 });
	});

	it('to a team', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		await runIntercom({ ...base, assignTo: 'team', assigneeTeamId: IDS.team });
		expect(requests[0].body).toEqual({
			message_type: 'assignment',
			type: 'team',
			admin_id: IDS.admin,
			assignee_id: IDS.team,
		});
	});

	it('unassign sends assignee 0', async () => {
		const { scope, requests } = intercom();
		scope.post(path).reply(200, conversation(IDS.conversation));
		await runIntercom({ ...base, assignTo: 'unassign' });
		expect(requests[0].body).toEqual({
			message_type: 'assignment',
			type: 'admin',
			admin_id: IDS.admin,
			assignee_id: '0',
		});
	});

	it.each([
		[
			'admin',
			{ assigneeAdminId: '={{ $json.who }}' },
			'Assignee Admin: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			'team',
			{ assigneeTeamId: '={{ $json.who }}' },
			'Assignee Team: is empty. Pick one from the list or give its ID (item 0)',
		],
	])('refuses assigning to an empty %s before any request', async (assignTo, extra, message) => {
		const result = await runIntercom({ ...base, assignTo, ...extra }, { input: [{ who: '' }] });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(message);
	});
});

contractSuite('conversation › assign');
