import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsField } from '../../descriptions/rlc.description';
import {
	ticketTypeCategoryField,
	ticketTypeOptionalFields,
} from '../../descriptions/ticketType.description';
import { optionalBoolean, requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { ticketTypeFields, ticketTypeName } from '../../helpers/ticketType';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	optionsField('ticketTypeId', 'Ticket Type', 'getTicketTypesWithArchived', {
		description:
			'The ticket type to change (archived ones too). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Archived',
				name: 'archived',
				type: 'boolean',
				default: false,
				description:
					'Whether the type is archived: no new tickets of it, its tickets kept. False restores it.',
			},
			{ ...ticketTypeCategoryField, description: 'The type’s new category' },
			...ticketTypeOptionalFields,
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'The type’s new name (plain text)',
			},
		],
	},
];

const displayOptions = { show: { resource: ['ticketType'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'ticketTypeId', 'Ticket Type');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	const name = ticketTypeName(fields.name);
	if (name !== undefined) body.name = name;
	Object.assign(body, ticketTypeFields(fields));
	const archived = optionalBoolean('Archived', fields.archived);
	if (archived !== undefined) body.archived = archived;
	if (!Object.keys(body).length)
		throw new InputError('Update Fields', 'add at least one field to change');
	return await intercomApiRequest.call(this, 'PUT', apiPath`/ticket_types/${id}`, body);
}
