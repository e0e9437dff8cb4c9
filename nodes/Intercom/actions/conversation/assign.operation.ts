import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { actionMessageOptions } from '../../descriptions/conversation.description';
import { actingAdminField, conversationRlc } from '../../descriptions/rlc.description';
import { optionalValue, optionParameter, requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';
import { asText } from '../../helpers/values';

const properties: INodeProperties[] = [
	conversationRlc,
	{
		...actingAdminField(),
		description:
			'The teammate who makes the assignment. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Assign To',
		name: 'assignTo',
		type: 'options',
		options: [
			{ name: 'Admin', value: 'admin', description: 'Assign to a teammate' },
			{ name: 'Team', value: 'team', description: 'Assign to a team' },
			{ name: 'Nobody (Unassign)', value: 'unassign', description: 'Remove the admin assignee' },
		],
		default: 'admin',
	},
	{
		...actingAdminField('assigneeAdminId', 'Assignee Admin'),
		description:
			'The teammate to assign the conversation to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { assignTo: ['admin'] } },
	},
	{
		displayName: 'Assignee Team Name or ID',
		name: 'assigneeTeamId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTeams' },
		required: true,
		displayOptions: { show: { assignTo: ['team'] } },
		default: '',
		description:
			'The team to assign the conversation to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	actionMessageOptions,
];

const displayOptions = { show: { resource: ['conversation'], operation: ['assign'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'conversationId', 'Conversation', { numeric: true });
	const adminId = requiredId(this, i, 'adminId', 'Admin', { numeric: true });
	const assignTo = optionParameter(
		this,
		i,
		'assignTo',
		'Assign To',
		['admin', 'team', 'unassign'],
		'admin',
	);
	let type = 'admin';
	let assigneeId = '0';
	if (assignTo === 'team') {
		type = 'team';
		assigneeId = requiredId(this, i, 'assigneeTeamId', 'Assignee Team', { numeric: true });
	} else if (assignTo !== 'unassign') {
		assigneeId = requiredId(this, i, 'assigneeAdminId', 'Assignee Admin', { numeric: true });
	}
	const body: IDataObject = {
		message_type: 'assignment',
		type,
		admin_id: adminId,
		assignee_id: assigneeId,
	};
	const message = optionalValue('Message', this.getNodeParameter('options.body', i, ''), asText);
	if (message !== undefined) body.body = message;
	return await intercomApiRequest.call(this, 'POST', apiPath`/conversations/${id}/parts`, body);
}
