import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ticketTypeField } from '../../descriptions/rlc.description';
import {
	allowMultipleValuesField,
	attributeFlagFields,
	listItemsField,
	multilineField,
} from '../../descriptions/ticketTypeAttribute.description';
import {
	booleanParameter,
	optionParameter,
	plainText,
	readValue,
	requiredId,
	requiredPlainText,
} from '../../helpers/input';
import {
	TICKET_ATTRIBUTE_DATA_TYPES,
	attributeFlags,
	listItemsFrom,
} from '../../helpers/ticketTypeAttribute';
import { asText } from '../../helpers/values';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		...ticketTypeField,
		description: `${ticketTypeField.description}: the type to add the attribute to`,
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Bug Priority',
		description: 'The attribute’s name: tickets of the type set it by this name',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'What the attribute asks for, shown to teammates and contacts (plain text)',
	},
	{
		displayName: 'Data Type',
		name: 'dataType',
		type: 'options',
		options: [
			{ name: 'Boolean', value: 'boolean' },
			{ name: 'Date Time', value: 'datetime' },
			{ name: 'Decimal Number', value: 'decimal' },
			{ name: 'Files', value: 'files' },
			{ name: 'List', value: 'list', description: 'One of a fixed set of options' },
			{ name: 'Text', value: 'string' },
			{ name: 'Whole Number', value: 'integer' },
		],
		default: 'string',
	},
	{ ...multilineField, displayOptions: { show: { dataType: ['string'] } } },
	{ ...listItemsField, displayOptions: { show: { dataType: ['list'] } } },
	{ ...allowMultipleValuesField, displayOptions: { show: { dataType: ['files'] } } },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: attributeFlagFields,
	},
];

const displayOptions = { show: { resource: ['ticketTypeAttribute'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const ticketTypeId = requiredId(this, i, 'ticketTypeId', 'Ticket Type');
	const name = requiredPlainText(this, i, 'name', 'Name');
	// Intercom requires a description; it may be empty.
	const attributeDescription = plainText(
		'Description',
		readValue('Description', this.getNodeParameter('description', i, ''), asText).trim(),
	);
	const dataType = optionParameter(
		this,
		i,
		'dataType',
		'Data Type',
		TICKET_ATTRIBUTE_DATA_TYPES,
		'string',
	);
	const body: IDataObject = { name, description: attributeDescription, data_type: dataType };
	if (dataType === 'string')
		body.multiline = booleanParameter(this, i, 'multiline', 'Multiline', false);
	if (dataType === 'list') {
		const options = (
			this.getNodeParameter('listItems', i, {}) as { option?: Array<{ label?: unknown }> }
		).option;
		body.list_items = listItemsFrom(options);
	}
	if (dataType === 'files')
		body.allow_multiple_values = booleanParameter(
			this,
			i,
			'allowMultipleValues',
			'Allow Multiple Files',
			false,
		);
	Object.assign(
		body,
		attributeFlags(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
	);
	return await intercomApiRequest.call(
		this,
		'POST',
		apiPath`/ticket_types/${ticketTypeId}/attributes`,
		body,
	);
}
