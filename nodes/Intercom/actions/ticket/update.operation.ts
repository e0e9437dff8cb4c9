import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { actingAdminField, ticketRlc } from '../../descriptions/rlc.description';
import { ticketStateField } from '../../descriptions/ticket.fields';
import { futureUnixSeconds, inputError, parseJsonObject, requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	ticketRlc,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				...actingAdminField('actingAdminId', 'Acting Admin'),
				required: false,
				description:
					'The teammate the update is made as (for workflows and attribution). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				...actingAdminField('assigneeAdminId', 'Assignee Admin'),
				required: false,
				description:
					'Assign the ticket to this teammate. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Assignee Team Name or ID',
				name: 'assigneeTeamId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getTeams' },
				default: '',
				description:
					'Assign the ticket to this team. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Company ID',
				name: 'companyId',
				type: 'string',
				default: '',
				description: 'Intercom’s ID of the company the ticket is about',
			},
			{
				displayName: 'Open',
				name: 'open',
				type: 'boolean',
				default: true,
				description: 'Whether the ticket is open; closing it also unsnoozes it',
			},
			{
				displayName: 'Shared With Contacts',
				name: 'isShared',
				type: 'boolean',
				default: true,
				description: 'Whether contacts can see the ticket',
			},
			{
				displayName: 'Snoozed Until',
				name: 'snoozedUntil',
				type: 'dateTime',
				default: '',
				description: 'When the ticket reopens. Must be in the future.',
			},
			{
				displayName: 'Ticket Attributes (JSON)',
				name: 'ticketAttributesJson',
				type: 'json',
				default: '{}',
				description: 'Attributes to change, e.g. {"_default_title_": "Refund requested"}',
			},
			ticketStateField,
			{
				displayName: 'Unassign',
				name: 'unassign',
				type: 'boolean',
				default: true,
				description: 'Whether to remove the ticket’s assignee',
			},
		],
	},
];

const displayOptions = { show: { resource: ['ticket'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'ticketId', 'Ticket');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.ticketStateId) body.ticket_state_id = String(fields.ticketStateId);
	if (typeof fields.open === 'boolean') body.open = fields.open;
	if (typeof fields.isShared === 'boolean') body.is_shared = fields.isShared;
	if (fields.companyId) body.company_id = String(fields.companyId).trim();
	if (fields.snoozedUntil) body.snoozed_until = futureUnixSeconds(this, i, 'Snoozed Until', fields.snoozedUntil);
	const assignees = [
		['Assignee Admin', fields.assigneeAdminId],
		['Assignee Team', fields.assigneeTeamId],
	].filter(([, value]) => value !== undefined && String(value).trim() !== '') as Array<[string, unknown]>;
	if (assignees.length + (fields.unassign === true ? 1 : 0) > 1) {
		throw inputError(this, i, 'Update Fields', 'give one of Assignee Admin, Assignee Team or Unassign');
	}
	if (fields.unassign === true) body.assignee_id = '0';
	for (const [field, value] of assignees) {
		const assignee = String(value).trim();
		if (!/^\d+$/.test(assignee)) throw inputError(this, i, field, `"${assignee}" is not an Intercom ID`);
		body.assignee_id = assignee;
	}
	if (fields.actingAdminId) {
		const admin = String(fields.actingAdminId).trim();
		if (!/^\d+$/.test(admin)) throw inputError(this, i, 'Acting Admin', `"${admin}" is not an admin ID`);
		body.admin_id = Number(admin);
	}
	if (fields.ticketAttributesJson !== undefined) {
		const attributes = parseJsonObject(this, i, 'Ticket Attributes (JSON)', fields.ticketAttributesJson);
		if (Object.keys(attributes).length) body.ticket_attributes = attributes;
	}
	if (!Object.keys(body).length) throw inputError(this, i, 'Update Fields', 'add at least one field to change');
	return await intercomApiRequest.call(this, 'PUT', apiPath`/tickets/${id}`, body);
}
