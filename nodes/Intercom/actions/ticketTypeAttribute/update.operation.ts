import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsField, ticketTypeField } from '../../descriptions/rlc.description';
import {
	allowMultipleValuesField,
	attributeFlagFields,
	listItemsField,
	multilineField,
} from '../../descriptions/ticketTypeAttribute.description';
import {
	optionalBoolean,
	optionalPlainText,
	plainText,
	readValue,
	requiredId,
} from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { ticketAttributeDisplayName, ticketTypeAttributes } from '../../helpers/ticket';
import { attributeFlags, listItemsFrom } from '../../helpers/ticketTypeAttribute';
import { asText } from '../../helpers/values';
import { ticketTypeOf } from '../../lookups/ticketType';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		...ticketTypeField,
		description: `${ticketTypeField.description}: the type the attribute belongs to`,
	},
	optionsField('ticketTypeAttributeId', 'Attribute', 'getTicketTypeAttributeIds', {
		typeOptions: {
			loadOptionsMethod: 'getTicketTypeAttributeIds',
			loadOptionsDependsOn: ['ticketTypeId'],
		},
		description:
			'An attribute of the chosen ticket type (archived ones too). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				...allowMultipleValuesField,
				description: `${allowMultipleValuesField.description} (files attributes only)`,
			},
			{
				displayName: 'Archived',
				name: 'archived',
				type: 'boolean',
				default: false,
				description:
					'Whether the attribute is archived: no longer asked for on new tickets, kept on existing ones. False restores it.',
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'What the attribute asks for (plain text); empty clears it',
			},
			{
				...listItemsField,
				description:
					'The options of a list attribute (at least one; no commas); replaces the current ones',
			},
			{ ...multilineField, description: `${multilineField.description} (text attributes only)` },
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'The attribute’s new name (plain text)',
			},
			...attributeFlagFields,
		],
	},
];

const displayOptions = { show: { resource: ['ticketTypeAttribute'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The fields only one data type takes, by the data type. */
const TYPED_FIELDS: Array<[key: string, field: string, dataType: string, label: string]> = [
	['multiline', 'Multiline', 'string', 'text'],
	['list_items', 'List Options', 'list', 'list'],
	['allow_multiple_values', 'Allow Multiple Files', 'files', 'files'],
];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const ticketTypeId = requiredId(this, i, 'ticketTypeId', 'Ticket Type');
	const attributeId = requiredId(this, i, 'ticketTypeAttributeId', 'Attribute');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.name !== undefined) {
		const name = optionalPlainText('Name', fields.name);
		if (name === undefined) throw new InputError('Name', 'is empty');
		body.name = name;
	}
	// An empty description is sent: it clears the current one.
	if (fields.description !== undefined)
		body.description = plainText(
			'Description',
			readValue('Description', fields.description, asText).trim(),
		);
	Object.assign(body, attributeFlags(fields));
	const multiline = optionalBoolean('Multiline', fields.multiline);
	if (multiline !== undefined) body.multiline = multiline;
	if (fields.listItems !== undefined)
		body.list_items = listItemsFrom(
			(fields.listItems as { option?: Array<{ label?: unknown }> }).option,
		);
	const allowMultiple = optionalBoolean('Allow Multiple Files', fields.allowMultipleValues);
	if (allowMultiple !== undefined) body.allow_multiple_values = allowMultiple;
	const archived = optionalBoolean('Archived', fields.archived);
	if (archived !== undefined) body.archived = archived;
	if (!Object.keys(body).length)
		throw new InputError('Update Fields', 'add at least one field to change');

	// A field of one data type only: the type is read to check the attribute has that data type.
	const typed = TYPED_FIELDS.filter(([key]) => body[key] !== undefined);
	if (typed.length) {
		const ticketType = await ticketTypeOf(this, ticketTypeId);
		const attribute = ticketTypeAttributes(ticketType).find((a) => String(a.id) === attributeId);
		if (!attribute)
			throw new InputError(
				'Attribute',
				`"${attributeId}" is not an attribute of the ticket type "${String(ticketType.name ?? ticketTypeId)}"`,
			);
		for (const [, field, dataType, label] of typed) {
			if (attribute.data_type !== dataType)
				throw new InputError(
					field,
					`only ${label} attributes take it; "${ticketAttributeDisplayName(String(attribute.name))}" is ${String(attribute.data_type)}`,
				);
		}
	}
	return await intercomApiRequest.call(
		this,
		'PUT',
		apiPath`/ticket_types/${ticketTypeId}/attributes/${attributeId}`,
		body,
	);
}
