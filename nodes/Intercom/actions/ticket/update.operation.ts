import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { actingAdminField, ticketRlc } from '../../descriptions/rlc.description';
import { ticketStateField } from '../../descriptions/ticket.description';
import {
	futureUnixSeconds,
	optionalBoolean,
	optionalText,
	parseJsonObject,
	requiredId,
} from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';
import { isBlank } from '../../helpers/values';

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
	const ticketStateId = optionalText('Ticket State', fields.ticketStateId);
	if (ticketStateId) body.ticket_state_id = ticketStateId;
	const open = optionalBoolean('Open', fields.open);
	if (open !== undefined) body.open = open;
	const isShared = optionalBoolean('Shared With Contacts', fields.isShared);
	if (isShared !== undefined) body.is_shared = isShared;
	const companyId = optionalText('Company ID', fields.companyId);
	if (companyId) body.company_id = companyId;
	if (!isBlank(fields.snoozedUntil)) {
		body.snoozed_until = futureUnixSeconds(
			'Snoozed Until',
			fields.snoozedUntil,
			this.getTimezone(),
		);
	}
	const unassign = optionalBoolean('Unassign', fields.unassign) === true;
	const assignees = (
		[
			['Assignee Admin', optionalText('Assignee Admin', fields.assigneeAdminId)],
			['Assignee Team', optionalText('Assignee Team', fields.assigneeTeamId)],
		] as Array<[string, string | undefined]>
	).filter(([, value]) => value !== undefined) as Array<[string, string]>;
	if (assignees.length + (unassign ? 1 : 0) > 1) {
		throw new InputError('Update Fields', 'give one of Assignee Admin, Assignee Team or Unassign');
	}
	if (unassign) body.assignee_id = '0';
	for (const [field, assignee] of assignees) {
		if (!/^\d+$/.test(assignee)) throw new InputError(field, `"${assignee}" is not an Intercom ID`);
		body.assignee_id = assignee;
	}
	const admin = optionalText('Acting Admin', fields.actingAdminId);
	if (admin !== undefined) {
		if (!/^\d+$/.test(admin)) throw new InputError('Acting Admin', `"${admin}" is not an admin ID`);
		body.admin_id = Number(admin);
	}
	if (fields.ticketAttributesJson !== undefined) {
		const attributes = parseJsonObject('Ticket Attributes (JSON)', fields.ticketAttributesJson);
		if (Object.keys(attributes).length) body.ticket_attributes = attributes;
	}
	if (!Object.keys(body).length)
		throw new InputError('Update Fields', 'add at least one field to change');
	return await intercomApiRequest.call(this, 'PUT', apiPath`/tickets/${id}`, body);
}
