import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	ticketTypeCategoryField,
	ticketTypeOptionalFields,
} from '../../descriptions/ticketType.description';
import { optionParameter, requiredPlainText } from '../../helpers/input';
import { TICKET_TYPE_CATEGORIES, ticketTypeFields } from '../../helpers/ticketType';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Bug Report',
		description: 'The ticket type’s name (plain text)',
	},
	ticketTypeCategoryField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: ticketTypeOptionalFields,
	},
];

const displayOptions = { show: { resource: ['ticketType'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const name = requiredPlainText(this, i, 'name', 'Name');
	const category = optionParameter(
		this,
		i,
		'category',
		'Category',
		TICKET_TYPE_CATEGORIES,
		'Customer',
	);
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const { description, ...rest } = ticketTypeFields(extra);
	const body: IDataObject = { name, category, ...rest };
	if (description) body.description = description;
	// Intercom gives a new type the Title and Description attributes and the default states.
	return await intercomApiRequest.call(this, 'POST', '/ticket_types', body);
}
