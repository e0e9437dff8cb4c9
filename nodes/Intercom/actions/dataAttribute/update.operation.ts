import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	attributeDescriptionField,
	listOptionsField,
	messengerWritableField,
} from '../../descriptions/dataAttribute.description';
import { optionsField } from '../../descriptions/rlc.description';
import { listOptionsFrom } from '../../helpers/dataAttribute';
import { optionalBoolean, readValue, requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';
import { asText } from '../../helpers/values';

const properties: INodeProperties[] = [
	optionsField('dataAttributeId', 'Data Attribute', 'getCustomDataAttributes', {
		description:
			'A custom attribute of contacts or companies. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
				description: 'Whether the attribute is archived (hidden and no longer settable)',
			},
			attributeDescriptionField,
			{
				...listOptionsField,
				description: 'The new values of a list attribute (at least 2); replaces the current ones',
			},
			messengerWritableField,
		],
	},
];

const displayOptions = { show: { resource: ['dataAttribute'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'dataAttributeId', 'Data Attribute');
	if (!/^\d+$/.test(id))
		throw new InputError('Data Attribute', `"${id}" is not a data attribute ID`);
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	const archived = optionalBoolean('Archived', fields.archived);
	if (archived !== undefined) body.archived = archived;
	// An empty description is sent: it clears the current one.
	if (fields.description !== undefined)
		body.description = readValue('Description', fields.description, asText).trim();
	const messengerWritable = optionalBoolean('Messenger Writable', fields.messengerWritable);
	if (messengerWritable !== undefined) body.messenger_writable = messengerWritable;
	if (fields.listOptions !== undefined) {
		body.options = listOptionsFrom(
			(fields.listOptions as { option?: Array<{ value?: unknown }> }).option,
		);
	}
	if (!Object.keys(body).length)
		throw new InputError('Update Fields', 'add at least one field to change');
	return await intercomApiRequest.call(this, 'PUT', apiPath`/data_attributes/${id}`, body);
}
