import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { createdAtField } from '../../descriptions/inbox.description';
import {
	actingAdminField,
	contactLocator,
	ticketTypeField,
} from '../../descriptions/rlc.description';
import { ticketAttributeFields } from '../../descriptions/ticket.description';
import {
	optionParameter,
	optionalBoolean,
	optionalText,
	optionalUnixSeconds,
	parseJsonObject,
	requiredEmail,
	requiredId,
	requiredString,
} from '../../helpers/input';
import type { TicketAttributePair } from '../../helpers/ticket';
import { checkRequiredTicketAttributes, ticketAttributesFrom } from '../../helpers/ticket';
import { ticketTypeOf } from '../../lookups/ticketType';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		...ticketTypeField,
		description: `${ticketTypeField.description}. Its required attributes are checked before the ticket is created.`,
	},
	{
		displayName: 'Contact By',
		name: 'contactBy',
		type: 'options',
		options: [
			{ name: 'Contact', value: 'id', description: 'Pick a contact, or give its Intercom ID' },
			{
				name: 'Email',
				value: 'email',
				description: 'A contact with this email is created if none exists',
			},
			{ name: 'External ID', value: 'externalId', description: 'Your own ID for the contact' },
		],
		default: 'id',
		description: 'How to identify the contact the ticket is for',
	},
	{
		...contactLocator('contactId', 'Contact', 'The contact the ticket is for'),
		displayOptions: { show: { contactBy: ['id'] } },
	},
	{
		displayName: 'Contact Email',
		name: 'contactEmail',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		displayOptions: { show: { contactBy: ['email'] } },
		default: '',
	},
	{
		displayName: 'Contact External ID',
		name: 'contactExternalId',
		type: 'string',
		required: true,
		displayOptions: { show: { contactBy: ['externalId'] } },
		default: '',
	},
	...ticketAttributeFields,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				...actingAdminField('adminAssigneeId', 'Assignee Admin'),
				description:
					'The teammate to assign the ticket to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				required: false,
			},
			{
				displayName: 'Assignee Team Name or ID',
				name: 'teamAssigneeId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getTeams' },
				default: '',
				description:
					'The team to assign the ticket to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Company ID',
				name: 'companyId',
				type: 'string',
				default: '',
				description: 'Intercom’s ID of the company the ticket is about',
			},
			createdAtField('ticket'),
			{
				displayName: 'Link Conversation ID',
				name: 'conversationToLinkId',
				type: 'string',
				default: '',
				description: 'A conversation to link to the ticket',
			},
			{
				displayName: 'Skip Notifications',
				name: 'skipNotifications',
				type: 'boolean',
				default: false,
				description: 'Whether to create the ticket without notifying anyone',
			},
		],
	},
];

const displayOptions = { show: { resource: ['ticket'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

function contactOf(ctx: IExecuteFunctions, i: number): IDataObject {
	const by = optionParameter(
		ctx,
		i,
		'contactBy',
		'Contact By',
		['id', 'email', 'externalId'],
		'id',
	);
	if (by === 'email') return { email: requiredEmail(ctx, i, 'contactEmail', 'Contact Email') };
	if (by === 'externalId')
		return { external_id: requiredString(ctx, i, 'contactExternalId', 'Contact External ID') };
	return { id: requiredId(ctx, i, 'contactId', 'Contact') };
}

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const ticketTypeId = requiredId(this, i, 'ticketTypeId', 'Ticket Type');
	const contact = contactOf(this, i);
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const pairs = (
		this.getNodeParameter('ticketAttributesUi', i, {}) as { attribute?: TicketAttributePair[] }
	).attribute;
	// Invalid JSON is refused before the ticket type is read.
	const json = parseJsonObject(
		'Ticket Attributes (JSON)',
		this.getNodeParameter('ticketAttributesJson', i, ''),
	);
	const body: IDataObject = { ticket_type_id: ticketTypeId, contacts: [contact] };
	const companyId = optionalText('Company ID', extra.companyId);
	if (companyId) body.company_id = companyId;
	const createdAt = optionalUnixSeconds('Created At', extra.createdAt, this.getTimezone());
	if (createdAt !== undefined) body.created_at = createdAt;
	const conversationToLinkId = optionalText('Link Conversation ID', extra.conversationToLinkId);
	if (conversationToLinkId) body.conversation_to_link_id = conversationToLinkId;
	const assignment: IDataObject = {};
	if (extra.adminAssigneeId) {
		assignment.admin_assignee_id = requiredId(
			this,
			i,
			'additionalFields.adminAssigneeId',
			'Assignee Admin',
			{ numeric: true },
		);
	}
	if (extra.teamAssigneeId) {
		assignment.team_assignee_id = requiredId(
			this,
			i,
			'additionalFields.teamAssigneeId',
			'Assignee Team',
			{ numeric: true },
		);
	}
	if (Object.keys(assignment).length) body.assignment = assignment;
	if (optionalBoolean('Skip Notifications', extra.skipNotifications))
		body.skip_notifications = true;

	// The type's attributes type the pair values, and its required ones must all be given.
	const ticketType = await ticketTypeOf(this, ticketTypeId);
	const attributes = ticketAttributesFrom(pairs, json, this.getTimezone(), ticketType);
	checkRequiredTicketAttributes(ticketType, attributes);
	if (Object.keys(attributes).length) body.ticket_attributes = attributes;
	return await intercomApiRequest.call(this, 'POST', '/tickets', body);
}
