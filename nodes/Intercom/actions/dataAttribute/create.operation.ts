import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	attributeDescriptionField,
	attributeModelField,
	listOptionsField,
	messengerWritableField,
} from '../../descriptions/dataAttribute.description';
import { listOptionsFrom } from '../../helpers/dataAttribute';
import {
	optionParameter,
	optionalBoolean,
	optionalText,
	requiredString,
} from '../../helpers/input';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Subscription Tier',
		description: 'The attribute name. Intercom derives the API name from it.',
	},
	attributeModelField,
	{
		displayName: 'Data Type',
		name: 'dataType',
		type: 'options',
		options: [
			{ name: 'Boolean', value: 'boolean' },
			{ name: 'Date', value: 'date' },
			{ name: 'Date Time', value: 'datetime' },
			{ name: 'Decimal Number', value: 'float' },
			{ name: 'List', value: 'options', description: 'One of a fixed set of values' },
			{ name: 'String', value: 'string' },
			{ name: 'Whole Number', value: 'integer' },
		],
		default: 'string',
	},
	{ ...listOptionsField, displayOptions: { show: { dataType: ['options'] } } },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [attributeDescriptionField, messengerWritableField],
	},
];

const displayOptions = { show: { resource: ['dataAttribute'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const MODELS = ['contact', 'company'];
const DATA_TYPES = ['string', 'integer', 'float', 'boolean', 'datetime', 'date', 'options'];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const name = requiredString(this, i, 'name', 'Name');
	const model = optionParameter(this, i, 'model', 'Model', MODELS, 'contact');
	const dataType = optionParameter(this, i, 'dataType', 'Data Type', DATA_TYPES, 'string');
	const body: IDataObject = { name, model, data_type: dataType };
	if (dataType === 'options') {
		const values = (
			this.getNodeParameter('listOptions', i, {}) as { option?: Array<{ value?: unknown }> }
		).option;
		body.options = listOptionsFrom(values);
	}
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const attributeDescription = optionalText('Description', additional.description);
	if (attributeDescription) body.description = attributeDescription;
	const messengerWritable = optionalBoolean('Messenger Writable', additional.messengerWritable);
	if (messengerWritable !== undefined) body.messenger_writable = messengerWritable;
	return await intercomApiRequest.call(this, 'POST', '/data_attributes', body);
}
